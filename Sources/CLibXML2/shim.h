#ifndef MQT_CLIBXML2_SHIM_H
#define MQT_CLIBXML2_SHIM_H
/* libxml2's encoding.h includes the system ICU headers when LIBXML_ICU_ENABLED is set; their
   UErrorCode clashes with Foundation's bundled ICU (_FoundationICU) in the same Swift module.
   Nothing here touches the ICU-only struct fields (they sit at the end of
   xmlCharEncodingHandler, which Swift code only ever handles by pointer), so leave them out. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/xmlreader.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

/* xmlFree is a global function-pointer variable, which Swift 6 rejects as shared mutable state. */
static inline void mqt_xml_free(void *pointer) { xmlFree(pointer); }

/* libxml2 prints errors nobody asked to handle on stderr, through a variadic function Swift
   cannot write. mqt reports every error itself (one `error: FILE:LINE:COL:` line), so the
   calling thread's generic handler (and new threads' default) drops them. */
static void mqt_xml_drop_message(void *context, const char *message, ...) { (void)context; (void)message; }
static inline void mqt_xml_silence_generic_errors(void) {
    xmlSetGenericErrorFunc(NULL, mqt_xml_drop_message);
    xmlThrDefSetGenericErrorFunc(NULL, mqt_xml_drop_message);
}
#endif
