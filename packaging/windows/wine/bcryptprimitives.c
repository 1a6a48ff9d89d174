/* A stand-in for Windows' own bcryptprimitives.dll, used only by check-with-wine.sh under Wine.
 *
 * Programs built with Rust 1.78 or later (here rpds, which jsonschema needs) draw random
 * numbers through ProcessPrng, which Windows 10 carries in System32 and Wine 8 lacks, so they
 * fail to load there. This ProcessPrng asks the same system generator through RtlGenRandom.
 * It is never part of the app or the installer.
 *
 *   x86_64-w64-mingw32-gcc -shared -O2 -o bcryptprimitives.dll bcryptprimitives.c -ladvapi32
 */
#include <windows.h>

BOOLEAN NTAPI SystemFunction036(PVOID buffer, ULONG length); /* RtlGenRandom */

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk)) {
            return FALSE;
        }
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
