/// The BCP 47 tags the format accepts: a primary language subtag of 2 or 3 letters,
/// then subtags of 1 to 8 letters or digits (`fr`, `pt-BR`, `zh-Hans`, `sr-Latn-RS`).
///
/// The 2–3 letter primary subtag is what keeps tags apart from block keys (`list`,
/// `quote`), so that a map of translations is never mistaken for a block.
public enum LanguageTag {
    public static func isValid(_ tag: String) -> Bool {
        let subtags = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let primary = subtags.first, (2...3).contains(primary.count),
              primary.unicodeScalars.allSatisfy(isLetter)
        else { return false }
        return subtags.dropFirst().allSatisfy { subtag in
            (1...8).contains(subtag.count) && subtag.unicodeScalars.allSatisfy { isLetter($0) || ("0"..."9").contains($0) }
        }
    }

    private static func isLetter(_ char: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(char) || ("A"..."Z").contains(char)
    }
}
