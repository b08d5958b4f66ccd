import BriefingText
import Testing

@Suite("Hyphenation points")
struct HyphenationTests {
    /// The parts a word may be cut into, from the paragraph's hyphen breakpoints.
    static func parts(_ word: String, language: String) throws -> [String] {
        let engine = try TextFixtures.engine()
        var paragraph = TextFixtures.paragraph(word, language: language)
        paragraph.hyphenate = true
        let shaped = engine.shape(paragraph)
        let bytes = Array(word.utf8)
        var parts: [String] = []
        var start = 0
        for point in shaped.breakpoints where point.kind == .hyphen {
            parts.append(String(decoding: bytes[start..<point.offset], as: UTF8.self))
            start = point.offset
        }
        parts.append(String(decoding: bytes[start...], as: UTF8.self))
        return parts
    }

    /// Hindi typesetting carries a word whole to the next line, even where Debian's
    /// `hyphen-hi` patterns are installed.
    @Test("Hindi is never hyphenated")
    func hindiWhole() throws {
        #expect(try Self.parts("अंतरराष्ट्रीय", language: "hi").count == 1)
    }

    /// Accented letters take two bytes in UTF-8 but count as one letter for libhyphen:
    /// cuts must fall between the right letters, and German's ISO 8859-1 patterns must
    /// see its umlauts. German nouns are capitalized and still hyphenate. Polish, Czech and
    /// Greek patterns are 8-bit too (ISO 8859-2 and -7). Ukrainian and Indonesian patterns
    /// allow a consonant to go with either syllable ("робі-тництво", "робіт-ництво").
    @Test("Cuts fall between the letters the patterns choose", arguments: [
        ("fr", "mémorandum", ["mé", "mo", "ran", "dum"]),
        ("fr", "éleveurs", ["éle", "veurs"]),
        ("de", "Bundesverfassungsgericht", ["Bun", "des", "ver", "fas", "sungs", "ge", "richt"]),
        ("de", "Übergangsbestimmungen", ["Über", "gangs", "be", "stim", "mun", "gen"]),
        ("ru", "сотрудничество", ["со", "труд", "ни", "че", "ство"]),
        ("it", "collaborazione", ["col", "la", "bo", "ra", "zio", "ne"]),
        ("nl", "samenwerkingsverband", ["sa", "men", "wer", "kings", "ver", "band"]),
        ("pl", "porozumienie", ["po", "ro", "zu", "mie", "nie"]),
        ("cs", "mezinárodní", ["me", "zi", "ná", "rod", "ní"]),
        ("uk", "співробітництво", ["спів", "ро", "бі", "т", "ни", "цтво"]),
        ("el", "συνεργασίας", ["συ", "νερ", "γα", "σί", "ας"]),
        ("id", "pembangunan", ["pem", "ba", "ngu", "n", "an"]),
    ])
    func cuts(language: String, word: String, expected: [String]) throws {
        let parts = try Self.parts(word, language: language)
        #expect(parts.joined() == word)
        // Every cut made is one the patterns allow, and long words get some.
        #expect(parts.count > 1, "\(word) gets no hyphenation point")
        var allowed = Set<Int>()
        var offset = 0
        for part in expected.dropLast() {
            offset += part.utf8.count
            allowed.insert(offset)
        }
        var made = 0
        for part in parts.dropLast() {
            made += part.utf8.count
            #expect(allowed.contains(made), "\(word): cut \(parts.joined(separator: "-")) is not among \(expected.joined(separator: "-"))")
        }
    }
}
