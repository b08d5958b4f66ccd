import BriefingStyle
import BriefingText

/// Italic text in scripts whose faces have no italic.
///
/// Thai, Lao, Khmer, Burmese, Arabic, Hebrew, Devanagari, Chinese, Japanese and Korean
/// Noto faces have no italic, so `*emphasis*` in them would print upright and be lost.
/// Typesetters emphasise such text with the contrasting face of the same weight (a
/// Mincho text's emphasis in Gothic, a serif text's in the sans), while Latin, Greek
/// and Cyrillic inside the same emphasis keep their real italics.
extension LayoutContext {
    /// `text`, set in italics in `role`, as pieces each with the font that shows the
    /// emphasis: runs of one script are kept together, and characters common to all
    /// scripts (digits, spaces, punctuation) go with the run they sit in.
    func italicPieces(_ text: String, role: TextRole, bold: Bool) -> [(text: String, font: FontSpec)] {
        var pieces: [(text: String, font: FontSpec)] = []
        var run = ""
        var runScript: Script?
        func flush() {
            guard !run.isEmpty else { return }
            let font = italicFont(for: runScript ?? Script.of(language: language), role: role, bold: bold)
            if let last = pieces.last, last.font == font {
                pieces[pieces.count - 1].text += run
            } else {
                pieces.append((run, font))
            }
            run = ""
        }
        for character in text {
            if let script = character.unicodeScalars.first.flatMap(Script.of), script != runScript {
                if runScript != nil { flush() }
                runScript = script
            }
            run.append(character)
        }
        flush()
        return pieces
    }

    /// The role's italic where the face that draws `script` has one; otherwise the
    /// contrasting class (sans for serif text, serif for sans), upright.
    private func italicFont(for script: Script, role: TextRole, bold: Bool) -> FontSpec {
        let fontClass = style.role(role).font
        let script = faceScript(for: script)
        let contrast: FontClass = fontClass == .serif ? .sans : .serif
        var font = self.font(for: role, bold: bold, italic: true)
        if let fonts = style.fonts[fontClass], let face = fonts.family(for: script.rawValue),
           text.hasItalic(family: face) {
            font.families = FontStack.families(byScript: fonts.families, language: language, leading: script)
        } else if let other = style.fonts[contrast]?.families {
            font.families = FontStack.families(byScript: other, language: language, leading: script)
            font.italic = false
        }
        return font
    }

    /// The script whose face draws a run: Han characters take the face of the
    /// language when it is Chinese, Japanese or Korean (Japanese forms in Japanese).
    private func faceScript(for script: Script) -> Script {
        let primary = Script.of(language: language)
        return script.isCJK && primary.isCJK ? primary : script
    }
}
