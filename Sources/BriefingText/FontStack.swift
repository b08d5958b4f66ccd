/// Turns a style's faces per script into the ordered family list Pango falls back
/// through, so that each character gets the face its script and language call for.
public enum FontStack {
    /// The family list for text in `language`: the language's own script first (so
    /// Japanese text gets Japanese glyph forms for shared Han characters), then Latin
    /// (digits and punctuation inside Lao or Khmer come from the Latin face), then
    /// every other script in a fixed order.
    public static func families(byScript: [String: String], language: String) -> String {
        let primary = Script.of(language: language)
        var order: [Script] = [primary, .latin]
        order += Script.allCases.filter { !order.contains($0) }
        var seen = Set<String>()
        var names: [String] = []
        for script in order {
            guard let family = byScript[script.rawValue], seen.insert(family).inserted else { continue }
            names.append(family)
        }
        if let fallback = byScript["default"], seen.insert(fallback).inserted {
            names.append(fallback)
        }
        return names.joined(separator: ",")
    }
}
