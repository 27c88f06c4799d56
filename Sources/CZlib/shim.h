#ifndef DUTIES_CZLIB_SHIM_H
#define DUTIES_CZLIB_SHIM_H

#include <zlib.h>

/// Starts inflating raw deflate data, as a zip part holds it (zlib's macro, which Swift cannot call).
static inline int duties_inflate_init_raw(z_stream *stream) { return inflateInit2(stream, -15); }

#endif
