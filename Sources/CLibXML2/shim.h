#ifndef DUTIES_CLIBXML2_SHIM_H
#define DUTIES_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
/* Debian's headers pull in ICU, which clashes with Foundation's copy. */
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/HTMLparser.h>
#include <libxml/xmlreader.h>

/* xmlFree is a global function pointer; Swift 6 rejects it as shared mutable state. */
static inline void duties_xmlFree(void *pointer) { xmlFree(pointer); }

/* The line of a node, including lines past 65535 when parsed with XML_PARSE_BIG_LINES. */
static inline long duties_lineNumber(xmlNodePtr node) { return xmlGetLineNo(node); }

#endif
