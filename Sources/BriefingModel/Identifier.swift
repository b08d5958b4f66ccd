/// The ID syntax of the format: `[a-z0-9][a-z0-9-]*`.
///
/// IDs name output files and are written inside `[[…]]` in running text, so they are
/// kept to characters that are safe in file names and never need escaping.
public enum Identifier {
    public static func isValid(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first != "-" else { return false }
        return text.unicodeScalars.allSatisfy(isIDCharacter)
    }

    static func isIDCharacter(_ char: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(char) || ("0"..."9").contains(char) || char == "-"
    }
}
