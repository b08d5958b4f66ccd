#include "cbreak.h"
#include <unicode/ubrk.h>

int32_t cbreak_line_boundaries(const char *locale, const uint16_t *text, int32_t length,
                               int32_t *boundaries, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_open(UBRK_LINE, locale, (const UChar *)text, length, &status);
    if (U_FAILURE(status)) {
        return -1;
    }
    int32_t count = 0;
    ubrk_first(iterator);
    for (int32_t position = ubrk_next(iterator); position != UBRK_DONE; position = ubrk_next(iterator)) {
        if (position >= length) {
            break;
        }
        if (count < capacity) {
            boundaries[count] = position;
        }
        count++;
    }
    ubrk_close(iterator);
    return count;
}
