#ifndef CBREAK_H
#define CBREAK_H

#include <stdint.h>

/// Finds line-break opportunities in UTF-16 text with ICU's dictionary-based
/// line-break iterator for the given locale ("lo", "km", "my", "th", ...).
/// Writes at most `capacity` boundary offsets (UTF-16 code units, excluding 0
/// and the text length) into `boundaries` and returns how many there are in all,
/// or -1 when ICU fails.
int32_t cbreak_line_boundaries(const char *locale, const uint16_t *text, int32_t length,
                               int32_t *boundaries, int32_t capacity);

#endif
