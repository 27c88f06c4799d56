#ifndef DUTIES_CPOPPLER_SHIM_H
#define DUTIES_CPOPPLER_SHIM_H

#include <poppler.h>
#include <glib.h>
#include <glib-object.h>

/// The fields of one PopplerTextAttributes element of a GList, read without touching the GList
/// from Swift.
static inline PopplerTextAttributes *duties_text_attributes(GList *item) {
  return (PopplerTextAttributes *)item->data;
}

/// Whether an error says the document is encrypted.
static inline int duties_is_encrypted_error(GError *error) {
  return error != NULL && error->domain == POPPLER_ERROR && error->code == POPPLER_ERROR_ENCRYPTED;
}

static inline void duties_object_unref(void *object) { g_object_unref(object); }

#ifdef __linux__
#include <signal.h>
#include <sys/prctl.h>
#include <unistd.h>
#endif

/// Makes this process (a PDF worker) end when the process that started it ends, on Linux; if that
/// process has already ended, ends now. Elsewhere the worker ends at its limits.
static inline void duties_exit_with_parent(void) {
#ifdef __linux__
  pid_t parent = getppid();
  prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (getppid() != parent) _exit(1);
#endif
}

#endif
