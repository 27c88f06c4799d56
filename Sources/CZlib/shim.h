#ifndef DUTIES_CZLIB_SHIM_H
#define DUTIES_CZLIB_SHIM_H

#include <zlib.h>

/// Starts inflating raw deflate data, as a zip part holds it (zlib's macro, which Swift cannot call).
static inline int duties_inflate_init_raw(z_stream *stream) { return inflateInit2(stream, -15); }

/// Starts inflating zlib-wrapped data, as a PDF's FlateDecode stream holds it.
static inline int duties_inflate_init_zlib(z_stream *stream) { return inflateInit(stream); }

#endif
