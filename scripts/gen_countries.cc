// Prints ICU's CLDR English display name of every ISO 3166 region as "CODE<TAB>Name".
// Used by scripts/gen_countries.sh; not part of the product.
#include <unicode/uloc.h>
#include <unicode/ustring.h>

#include <cstdio>

int main() {
  for (const char* const* code = uloc_getISOCountries(); *code != nullptr; ++code) {
    char locale[16];
    std::snprintf(locale, sizeof locale, "und_%s", *code);
    UChar name[256];
    UErrorCode status = U_ZERO_ERROR;
    int32_t n = uloc_getDisplayCountry(locale, "en", name, 256, &status);
    char utf8[1024];
    int32_t m = 0;
    u_strToUTF8(utf8, sizeof utf8, &m, name, n, &status);
    if (U_SUCCESS(status)) std::printf("%s\t%.*s\n", *code, static_cast<int>(m), utf8);
  }
  return 0;
}
