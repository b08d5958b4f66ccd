import CHyphen
import Foundation

/// Liang's hyphenation patterns for one language, from Debian's `hyphen-*` packages
/// (the dictionaries LibreOffice uses), through libhyphen.
public final class HyphenationDictionary {
    private let dictionary: UnsafeMutablePointer<HyphenDict>

    /// Loads `/usr/share/hyphen/hyph_xx.dic`-style files; nil when the file is absent or invalid.
    public init?(file: URL) {
        guard let contents = FileManager.default.contents(atPath: file.path) else { return nil }
        let patterns = Self.withoutLargeCompoundLevel(Array(contents))
        let loaded: UnsafeMutablePointer<HyphenDict>? = patterns.withUnsafeBytes { buffer in
            guard let stream = fmemopen(UnsafeMutableRawPointer(mutating: buffer.baseAddress), buffer.count, "r")
            else { return nil }
            defer { fclose(stream) }
            return hnj_hyphen_load_file(stream)
        }
        guard let loaded else { return nil }
        dictionary = loaded
    }

    /// The dictionary without its first level when that level is a large list of
    /// compound-word patterns, as in Debian's German (55,000 patterns above the
    /// standard ones): libhyphen takes two seconds to build its automaton, a second
    /// and a half of it for that level alone. The standard patterns after
    /// `NEXTLEVEL` find the same kind of points (they miss a few at compound
    /// boundaries) in milliseconds. Small first levels, like French's, are kept.
    static func withoutLargeCompoundLevel(_ bytes: [UInt8]) -> [UInt8] {
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        guard let next = lines.firstIndex(where: { $0.starts(with: Array("NEXTLEVEL".utf8)) }), next > 1000 else {
            return bytes
        }
        // The character set, then the first level's settings that are not about compounds.
        let settings = lines[1..<next].filter { line in
            ["LEFTHYPHENMIN", "RIGHTHYPHENMIN", "NOHYPHEN"].contains { line.starts(with: Array($0.utf8)) }
        }
        let kept = [lines[0]] + settings + lines[(next + 1)...]
        return Array(kept.joined(separator: [UInt8(ascii: "\n")]))
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
