/// Turns a style's faces per script into the ordered family list Pango falls back
/// through, so that each character gets the face its script and language call for.
public enum FontStack {
    /// The family list for text in `language`: the language's own script first (so
    /// Japanese text gets Japanese glyph forms for shared Han characters), then Latin
    /// (digits and punctuation inside Lao or Khmer come from the Latin face), then the
    /// style's `symbols` face (the minus sign, ≤, arrows: Noto Serif has none, and
    /// fontconfig would otherwise pick whichever script face happens to have them),
    /// then every other script in a fixed order. `leading` goes before all of them, for
    /// a run whose script is not the language's (Latin in Japanese emphasis takes the
    /// Latin face's italic, not the Japanese face's upright Latin letters).
    public static func families(byScript: [String: String], language: String, leading: Script? = nil) -> String {
        let primary = Script.of(language: language)
        let first: [Script] = (leading.map { [$0] } ?? []) + [primary, .latin]
        var keys = first.map(\.rawValue) + ["symbols"]
        keys += Script.allCases.filter { !first.contains($0) }.map(\.rawValue)
        var seen = Set<String>()
        var names: [String] = []
        for key in keys {
            guard let family = byScript[key], seen.insert(family).inserted else { continue }
            names.append(family)
        }
        if let fallback = byScript["default"], seen.insert(fallback).inserted {
            names.append(fallback)
        }
        return names.joined(separator: ",")
    }
}
