/*
 * lazy_sbml.h - libSBML, loaded on first use: the functions the SBML-qual reader and writer call,
 * in one table filled by mg__sbml_use() from the library opened by its SONAME (core/dynlib.c).
 * Included by io_sbml.c and sbml_write.c instead of libSBML's headers: after it,
 * readSBMLFromString(...) calls through the table. Call mg__sbml_use() (and check it) before the
 * first call; a document pointer that may be NULL is freed only when it is not.
 */
#ifndef MG_LAZY_SBML_H
#define MG_LAZY_SBML_H

#include "core/core.h"

#include <sbml/SBMLTypes.h>
#include <sbml/packages/qual/common/QualExtensionTypes.h>

/* Every libSBML symbol the library uses: a new call fails the link (-Wl,--no-undefined) until it
 * is listed here. */
#define MG_SBML_SYMBOLS(X)                                                                        \
    X(CVTerm_addResource) X(CVTerm_createWithQualifierType) X(CVTerm_free)                        \
    X(CVTerm_getBiologicalQualifierType) X(CVTerm_getNumResources) X(CVTerm_getQualifierType)     \
    X(CVTerm_getResourceURI) X(CVTerm_setBiologicalQualifierType) X(Input_getQualitativeSpecies)  \
    X(Input_getSign) X(Model_getName) X(Model_isSetName) X(Output_getQualitativeSpecies)          \
    X(QualModelPlugin_getNumQualitativeSpecies) X(QualModelPlugin_getNumTransitions)              \
    X(QualModelPlugin_getQualitativeSpecies) X(QualModelPlugin_getTransition)                     \
    X(QualitativeSpecies_getId) X(QualitativeSpecies_getName) X(SBMLDocument_free)                \
    X(SBMLDocument_getError) X(SBMLDocument_getModel) X(SBMLDocument_getNumErrors)                \
    X(SBase_addCVTerm) X(SBase_getCVTerm) X(SBase_getColumn) X(SBase_getLine)                     \
    X(SBase_getNumCVTerms) X(SBase_getPlugin) X(SBase_setNotesString) X(Transition_getId)         \
    X(Transition_getInput) X(Transition_getName) X(Transition_getNumInputs)                       \
    X(Transition_getNumOutputs) X(Transition_getOutput) X(XMLError_getColumn)                     \
    X(XMLError_getLine) X(XMLError_getMessage) X(XMLError_isError) X(XMLError_isFatal)            \
    X(readSBMLFromString) X(writeSBMLToString)

typedef struct {
#define MG_SBML_SLOT(name) __typeof__(&name) name;
    MG_SBML_SYMBOLS(MG_SBML_SLOT)
#undef MG_SBML_SLOT
} mg_sbml_api;

/** The table; valid once mg__sbml_use() has returned MG_OK in any thread. */
extern mg_sbml_api mg__sbml;

/** Loads libSBML once per process (thread-safe). MG_OK, or MG_EINTERNAL with a message naming
 * the library and the loader's reason. O(1) after the first call. */
mg_error_t mg__sbml_use(void);

#ifndef MG_LAZY_SBML_IMPL
#define CVTerm_addResource mg__sbml.CVTerm_addResource
#define CVTerm_createWithQualifierType mg__sbml.CVTerm_createWithQualifierType
#define CVTerm_free mg__sbml.CVTerm_free
#define CVTerm_getBiologicalQualifierType mg__sbml.CVTerm_getBiologicalQualifierType
#define CVTerm_getNumResources mg__sbml.CVTerm_getNumResources
#define CVTerm_getQualifierType mg__sbml.CVTerm_getQualifierType
#define CVTerm_getResourceURI mg__sbml.CVTerm_getResourceURI
#define CVTerm_setBiologicalQualifierType mg__sbml.CVTerm_setBiologicalQualifierType
#define Input_getQualitativeSpecies mg__sbml.Input_getQualitativeSpecies
#define Input_getSign mg__sbml.Input_getSign
#define Model_getName mg__sbml.Model_getName
#define Model_isSetName mg__sbml.Model_isSetName
#define Output_getQualitativeSpecies mg__sbml.Output_getQualitativeSpecies
#define QualModelPlugin_getNumQualitativeSpecies mg__sbml.QualModelPlugin_getNumQualitativeSpecies
#define QualModelPlugin_getNumTransitions mg__sbml.QualModelPlugin_getNumTransitions
#define QualModelPlugin_getQualitativeSpecies mg__sbml.QualModelPlugin_getQualitativeSpecies
#define QualModelPlugin_getTransition mg__sbml.QualModelPlugin_getTransition
#define QualitativeSpecies_getId mg__sbml.QualitativeSpecies_getId
#define QualitativeSpecies_getName mg__sbml.QualitativeSpecies_getName
#define SBMLDocument_free mg__sbml.SBMLDocument_free
#define SBMLDocument_getError mg__sbml.SBMLDocument_getError
#define SBMLDocument_getModel mg__sbml.SBMLDocument_getModel
#define SBMLDocument_getNumErrors mg__sbml.SBMLDocument_getNumErrors
#define SBase_addCVTerm mg__sbml.SBase_addCVTerm
#define SBase_getCVTerm mg__sbml.SBase_getCVTerm
#define SBase_getColumn mg__sbml.SBase_getColumn
#define SBase_getLine mg__sbml.SBase_getLine
#define SBase_getNumCVTerms mg__sbml.SBase_getNumCVTerms
#define SBase_getPlugin mg__sbml.SBase_getPlugin
#define SBase_setNotesString mg__sbml.SBase_setNotesString
#define Transition_getId mg__sbml.Transition_getId
#define Transition_getInput mg__sbml.Transition_getInput
#define Transition_getName mg__sbml.Transition_getName
#define Transition_getNumInputs mg__sbml.Transition_getNumInputs
#define Transition_getNumOutputs mg__sbml.Transition_getNumOutputs
#define Transition_getOutput mg__sbml.Transition_getOutput
#define XMLError_getColumn mg__sbml.XMLError_getColumn
#define XMLError_getLine mg__sbml.XMLError_getLine
#define XMLError_getMessage mg__sbml.XMLError_getMessage
#define XMLError_isError mg__sbml.XMLError_isError
#define XMLError_isFatal mg__sbml.XMLError_isFatal
#define readSBMLFromString mg__sbml.readSBMLFromString
#define writeSBMLToString mg__sbml.writeSBMLToString
#endif

#endif
