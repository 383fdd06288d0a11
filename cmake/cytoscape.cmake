# Cytoscape.js for the explorer page (docs/render.md): `render -o FILE.html` embeds it, so the page
# draws the network offline. Fetched at configure time from the npm registry (`npm pack`, into the
# build tree, never the source tree), checked against the SHA-256 recorded here, and compiled into
# the library as a byte array. Without npm, network or a matching tarball, the build goes on and
# HTML pages are the static page (Graphviz's SVG, a legend and the citations), which says so.
#   -DMECHGRAPH_EXPLORER=OFF             never fetch; static pages
#   -DMECHGRAPH_CYTOSCAPE_TGZ=/path.tgz  a tarball fetched elsewhere (`npm pack cytoscape@VERSION`)
set(MG_CYTOSCAPE_VERSION 3.35.0)
set(MG_CYTOSCAPE_SHA256 058a81a7534777ea68dc737e9b77bd5b701e00acd9bee246245a576eeeac32e6)
option(MECHGRAPH_EXPLORER "Embed Cytoscape.js (from npm) in HTML pages: the interactive explorer" ON)
set(MECHGRAPH_CYTOSCAPE_TGZ "" CACHE FILEPATH "cytoscape-${MG_CYTOSCAPE_VERSION}.tgz, for builds without network")

set(MG_CYTOSCAPE_DIR ${CMAKE_CURRENT_BINARY_DIR}/third_party)
set(MG_CYTOSCAPE_JS ${MG_CYTOSCAPE_DIR}/package/dist/cytoscape.min.js)
set(MG_EXPLORER_C ${CMAKE_CURRENT_BINARY_DIR}/explorer_assets.c)
set(MG_EXPLORER_WHY "")
if(NOT MECHGRAPH_EXPLORER)
  set(MG_EXPLORER_WHY "MECHGRAPH_EXPLORER is OFF")
else()
  set(tgz ${MG_CYTOSCAPE_DIR}/cytoscape-${MG_CYTOSCAPE_VERSION}.tgz)
  if(MECHGRAPH_CYTOSCAPE_TGZ)
    set(tgz ${MECHGRAPH_CYTOSCAPE_TGZ})
  elseif(NOT EXISTS ${tgz})
    find_program(MG_NPM npm)
    if(NOT MG_NPM)
      set(MG_EXPLORER_WHY "npm was not found")
    else()
      file(MAKE_DIRECTORY ${MG_CYTOSCAPE_DIR})
      execute_process(
        COMMAND ${MG_NPM} pack cytoscape@${MG_CYTOSCAPE_VERSION} --pack-destination ${MG_CYTOSCAPE_DIR}
        WORKING_DIRECTORY ${MG_CYTOSCAPE_DIR} RESULT_VARIABLE npm_result OUTPUT_QUIET ERROR_VARIABLE npm_error
        TIMEOUT 300)
      if(NOT npm_result EQUAL 0)
        string(STRIP "${npm_error}" npm_error)
        set(MG_EXPLORER_WHY "npm pack cytoscape@${MG_CYTOSCAPE_VERSION} failed (no network?): ${npm_error}")
      endif()
    endif()
  endif()
  if(NOT MG_EXPLORER_WHY)
    if(NOT EXISTS ${tgz})
      set(MG_EXPLORER_WHY "${tgz} does not exist")
    else()
      file(SHA256 ${tgz} sum)
      if(NOT sum STREQUAL MG_CYTOSCAPE_SHA256)
        set(MG_EXPLORER_WHY "${tgz} is not cytoscape ${MG_CYTOSCAPE_VERSION} as recorded (SHA-256 ${sum})")
      else()
        file(ARCHIVE_EXTRACT INPUT ${tgz} DESTINATION ${MG_CYTOSCAPE_DIR}
             PATTERNS package/dist/cytoscape.min.js package/LICENSE package/package.json)
      endif()
    endif()
  endif()
endif()

set(MG_EXPLORER_JS ${CMAKE_CURRENT_SOURCE_DIR}/src/lib/render/explorer.js)
set(MG_EXPLORER_CSS ${CMAKE_CURRENT_SOURCE_DIR}/src/lib/render/explorer.css)
if(NOT MG_EXPLORER_WHY AND EXISTS ${MG_CYTOSCAPE_JS})
  message(STATUS "Explorer page: Cytoscape.js ${MG_CYTOSCAPE_VERSION} (MIT) from npm, embedded")
  set(MG_CYTOSCAPE_SOURCE ${MG_CYTOSCAPE_JS})
  set(MG_EXPLORER_NOTE "")
else()
  if(NOT MG_EXPLORER_WHY)
    set(MG_EXPLORER_WHY "the tarball holds no dist/cytoscape.min.js")
  endif()
  message(WARNING "Explorer page unavailable: ${MG_EXPLORER_WHY}. `render -o FILE.html` writes the static page "
                  "(Graphviz's SVG, a legend, the citations), and says so in the page")
  set(MG_CYTOSCAPE_SOURCE "")
  set(MG_EXPLORER_NOTE "${MG_EXPLORER_WHY}")
endif()
add_custom_command(
  OUTPUT ${MG_EXPLORER_C}
  COMMAND ${CMAKE_COMMAND} -DCYTOSCAPE=${MG_CYTOSCAPE_SOURCE} -DCYTOSCAPE_VERSION=${MG_CYTOSCAPE_VERSION}
          -DEXPLORER_JS=${MG_EXPLORER_JS} -DEXPLORER_CSS=${MG_EXPLORER_CSS} "-DWHY=${MG_EXPLORER_NOTE}"
          -DOUTPUT=${MG_EXPLORER_C} -P ${CMAKE_CURRENT_SOURCE_DIR}/cmake/embed_explorer.cmake
  DEPENDS ${MG_CYTOSCAPE_SOURCE} ${MG_EXPLORER_JS} ${MG_EXPLORER_CSS} ${CMAKE_CURRENT_SOURCE_DIR}/cmake/embed_explorer.cmake
  COMMENT "Embedding the explorer page's scripts")
