/*
 * lazy_expat.h - expat, loaded on first use: the functions xml.c calls, in one table filled by
 * mg__expat_use() from the library opened by its SONAME (core/dynlib.c). Included by xml.c
 * instead of <expat.h>: after it, XML_Parse(...) calls through the table. mg_xml_parse calls
 * mg__expat_use() before anything else.
 */
#ifndef MG_LAZY_EXPAT_H
#define MG_LAZY_EXPAT_H

#include "core/core.h"

#include <expat.h>

/* Every expat symbol the library uses: a new call fails the link (-Wl,--no-undefined) until it
 * is listed here. */
#define MG_EXPAT_SYMBOLS(X)                                                                 \
    X(XML_ErrorString) X(XML_GetCurrentByteIndex) X(XML_GetCurrentLineNumber)               \
    X(XML_GetErrorCode) X(XML_GetSpecifiedAttributeCount) X(XML_Parse) X(XML_ParserCreate)  \
    X(XML_ParserFree) X(XML_SetCharacterDataHandler) X(XML_SetDefaultHandler)               \
    X(XML_SetElementHandler) X(XML_SetParamEntityParsing) X(XML_SetSkippedEntityHandler)    \
    X(XML_SetUnknownEncodingHandler) X(XML_SetUserData) X(XML_SetXmlDeclHandler)            \
    X(XML_StopParser)

typedef struct {
#define MG_EXPAT_SLOT(name) __typeof__(&name) name;
    MG_EXPAT_SYMBOLS(MG_EXPAT_SLOT)
#undef MG_EXPAT_SLOT
} mg_expat_api;

/** The table; valid once mg__expat_use() has returned MG_OK in any thread. */
extern mg_expat_api mg__expat;

/** Loads expat once per process (thread-safe). MG_OK, or MG_EINTERNAL with a message naming the
 * library and the loader's reason. O(1) after the first call. */
mg_error_t mg__expat_use(void);

#ifndef MG_LAZY_EXPAT_IMPL
#define XML_ErrorString mg__expat.XML_ErrorString
#define XML_GetCurrentByteIndex mg__expat.XML_GetCurrentByteIndex
#define XML_GetCurrentLineNumber mg__expat.XML_GetCurrentLineNumber
#define XML_GetErrorCode mg__expat.XML_GetErrorCode
#define XML_GetSpecifiedAttributeCount mg__expat.XML_GetSpecifiedAttributeCount
#define XML_Parse mg__expat.XML_Parse
#define XML_ParserCreate mg__expat.XML_ParserCreate
#define XML_ParserFree mg__expat.XML_ParserFree
#define XML_SetCharacterDataHandler mg__expat.XML_SetCharacterDataHandler
#define XML_SetDefaultHandler mg__expat.XML_SetDefaultHandler
#define XML_SetElementHandler mg__expat.XML_SetElementHandler
#define XML_SetParamEntityParsing mg__expat.XML_SetParamEntityParsing
#define XML_SetSkippedEntityHandler mg__expat.XML_SetSkippedEntityHandler
#define XML_SetUnknownEncodingHandler mg__expat.XML_SetUnknownEncodingHandler
#define XML_SetUserData mg__expat.XML_SetUserData
#define XML_SetXmlDeclHandler mg__expat.XML_SetXmlDeclHandler
#define XML_StopParser mg__expat.XML_StopParser
#endif

#endif
