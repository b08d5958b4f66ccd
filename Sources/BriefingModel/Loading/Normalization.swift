import Foundation

extension String {
    /// The text in Unicode's composed form (NFC), so that "é" typed as `e` and a
    /// combining accent matches "é" typed as one character, in names, IDs and shaping.
    ///
    /// Most text is already composed: scalars below U+0300 and Vietnamese's
    /// precomposed letters (U+1E00–U+1EFF) never change, so such text is returned as
    /// it is, without Foundation's costly normalization.
    var composed: String {
        let unchanged = unicodeScalars.allSatisfy { $0.value < 0x300 || (0x1E00...0x1EFF).contains($0.value) }
        return unchanged ? self : precomposedStringWithCanonicalMapping
    }
}
