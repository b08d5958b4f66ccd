import CHyphen
import Foundation

/// Liang's hyphenation patterns for one language, from Debian's `hyphen-*` packages
/// (the dictionaries LibreOffice uses), through libhyphen.
public final class HyphenationDictionary {
    private let dictionary: UnsafeMutablePointer<HyphenDict>

    /// Loads `/usr/share/hyphen/hyph_xx.dic`-style files; nil when the file is absent or invalid.
    public init?(file: URL) {
        guard FileManager.default.isReadableFile(atPath: file.path),
              let loaded = hnj_hyphen_load(file.path) else { return nil }
        dictionary = loaded
    }

    deinit {
        hnj_hyphen_free(dictionary)
    }

    /// Byte offsets inside `word` (lower-case UTF-8) after which a hyphen may go,
    /// honouring the dictionary's minimum lengths at both ends.
    public func points(in word: String) -> [Int] {
        let scalars = Array(word.unicodeScalars)
        // Debian's dictionaries are UTF-8 or, like German's, ISO 8859-1; libhyphen
        // takes the word in the dictionary's encoding.
        let bytes: [UInt8]
        if dictionary.pointee.utf8 != 0 {
            bytes = Array(word.utf8)
        } else {
            guard scalars.allSatisfy({ $0.value < 0x100 }) else { return [] }
            bytes = scalars.map { UInt8($0.value) }
        }
        guard scalars.count >= 4 else { return [] }
        var hyphens = [CChar](repeating: 0, count: bytes.count + 5)
        var replacements: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
        var positions: UnsafeMutablePointer<Int32>?
        var cuts: UnsafeMutablePointer<Int32>?
        let failed = bytes.map { CChar(bitPattern: $0) }.withUnsafeBufferPointer { pointer in
            hnj_hyphen_hyphenate2(dictionary, pointer.baseAddress, Int32(bytes.count), &hyphens, nil,
                                  &replacements, &positions, &cuts)
        }
        if let replacements {
            for index in 0..<bytes.count { free(replacements[index]) }
            free(replacements)
        }
        free(positions)
        free(cuts)
        guard failed == 0 else { return [] }
        // libhyphen marks a break after character `i` (not byte) with an odd digit.
        var offsets: [Int] = []
        var offset = 0
        for index in 0..<scalars.count - 1 {
            offset += scalars[index].utf8.count
            if hyphens[index] & 1 == 1 { offsets.append(offset) }
        }
        return offsets
    }
}
