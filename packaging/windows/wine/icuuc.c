/* A stand-in for Windows' own icuuc.dll, used only by check-with-wine.sh under Wine.
 *
 * Qt 6 for Windows (so PySide6's Qt6Core.dll and tools such as lrelease.exe) links to the ICU
 * that Windows 10 1903 and later carry in System32; Wine 8 has none, so nothing Qt starts
 * there. Qt6Core imports only these converter functions, which it uses for legacy text
 * encodings (QStringConverter beyond UTF-8/16/32 and Latin-1). Here no converter ever opens,
 * so Qt behaves as on a system whose ICU knows no extra encodings; everything podreader reads
 * is UTF-8. This file is never part of the app or the installer.
 *
 *   x86_64-w64-mingw32-gcc -shared -O2 -o icuuc.dll icuuc.c
 */
#include <stddef.h>
#include <stdint.h>

#define EXPORT __declspec(dllexport)
enum { U_FILE_ACCESS_ERROR = 4, U_INVALID_STATE_ERROR = 27 };

EXPORT void *ucnv_open(const char *name, int *error) {
    (void)name;
    *error = U_FILE_ACCESS_ERROR;
    return NULL;
}
EXPORT int32_t ucnv_countAvailable(void) { return 0; }
EXPORT const char *ucnv_getAvailableName(int32_t n) { (void)n; return NULL; }
EXPORT const char *ucnv_getStandardName(const char *name, const char *standard, int *error) {
    (void)name; (void)standard; (void)error;
    return NULL;
}

/* The rest take a converter, which ucnv_open never returns: they are never reached. */
EXPORT void ucnv_close(void *c) { (void)c; }
EXPORT void ucnv_reset(void *c) { (void)c; }
EXPORT int8_t ucnv_getMaxCharSize(const void *c) { (void)c; return 1; }
EXPORT const char *ucnv_getName(const void *c, int *error) {
    (void)c;
    *error = U_INVALID_STATE_ERROR;
    return NULL;
}
EXPORT void ucnv_getToUCallBack(const void *c, void **action, const void **context) {
    (void)c; *action = NULL; *context = NULL;
}
EXPORT void ucnv_getFromUCallBack(const void *c, void **action, const void **context) {
    (void)c; *action = NULL; *context = NULL;
}
EXPORT void ucnv_setToUCallBack(void *c, void *action, const void *context, void **old_action,
                                const void **old_context, int *error) {
    (void)c; (void)action; (void)context; *old_action = NULL; *old_context = NULL;
    *error = U_INVALID_STATE_ERROR;
}
EXPORT void ucnv_setFromUCallBack(void *c, void *action, const void *context, void **old_action,
                                  const void **old_context, int *error) {
    (void)c; (void)action; (void)context; *old_action = NULL; *old_context = NULL;
    *error = U_INVALID_STATE_ERROR;
}
EXPORT void ucnv_toUnicode(void *c, void *target, const void *limit, const char **source,
                           const char *source_limit, int32_t *offsets, int8_t flush, int *error) {
    (void)c; (void)target; (void)limit; (void)source; (void)source_limit; (void)offsets;
    (void)flush;
    *error = U_INVALID_STATE_ERROR;
}
EXPORT void ucnv_fromUnicode(void *c, char **target, const char *limit, const void **source,
                             const void *source_limit, int32_t *offsets, int8_t flush,
                             int *error) {
    (void)c; (void)target; (void)limit; (void)source; (void)source_limit; (void)offsets;
    (void)flush;
    *error = U_INVALID_STATE_ERROR;
}
EXPORT int32_t ucnv_toUCountPending(const void *c, int *error) {
    (void)c;
    *error = U_INVALID_STATE_ERROR;
    return 0;
}
EXPORT int32_t ucnv_fromUCountPending(const void *c, int *error) {
    (void)c;
    *error = U_INVALID_STATE_ERROR;
    return 0;
}
EXPORT void ucnv_cbToUWriteUChars(void *args, const void *source, int32_t length,
                                  int32_t offset, int *error) {
    (void)args; (void)source; (void)length; (void)offset;
    *error = U_INVALID_STATE_ERROR;
}
EXPORT void ucnv_cbFromUWriteUChars(void *args, const void **source, const void *limit,
                                    int32_t offset, int *error) {
    (void)args; (void)source; (void)limit; (void)offset;
    *error = U_INVALID_STATE_ERROR;
}
/* The substitution callbacks are passed to ucnv_set*CallBack by address, never called here. */
EXPORT void UCNV_TO_U_CALLBACK_SUBSTITUTE(void) {}
EXPORT void UCNV_FROM_U_CALLBACK_SUBSTITUTE(void) {}
