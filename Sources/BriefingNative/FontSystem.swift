import CFontconfig
import CPangoCairo
import Foundation

/// The private font set and the Pango context built on it.
///
/// Rendering must see only the fonts the project names, so the same input gives the
/// same pages on every machine: the fontconfig configuration is built from scratch
/// (never the system's), from the project's font configuration file and folders.
/// Pango's font maps are not thread-safe, so each thread creates its own `FontSystem`.
public final class FontSystem {
    let config: OpaquePointer
    let fontMap: UnsafeMutablePointer<PangoFontMap>
    let context: OpaquePointer
    private var fonts: [UnsafeMutableRawPointer: Font] = [:]
    private static let buildLock = NSLock()

    /// Builds the font set.
    /// - Parameters:
    ///   - configurationFiles: fontconfig XML files naming the font folders (the
    ///     project's `Fonts/fonts.conf`, and `Fonts/cjk.conf` when needed), read in order.
    ///   - directories: further folders scanned for fonts (the project's `Fonts/`).
    ///   - cacheDirectory: where fontconfig may write its cache of those folders.
    public init(configurationFiles: [URL], directories: [URL], cacheDirectory: URL) throws {
        // Two font sets built at once (parallel tests, several threads) would write the
        // same cache files concurrently; fontconfig then sees a half-written cache.
        Self.buildLock.lock()
        defer { Self.buildLock.unlock() }
        guard let config = FcConfigCreate() else { throw NativeError("fontconfig could not create a configuration") }
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n<fontconfig>\n"
        for directory in directories {
            xml += "  <dir>\(Self.escape(directory.path))</dir>\n"
        }
        xml += "  <cachedir>\(Self.escape(cacheDirectory.path))</cachedir>\n"
        // Fonts the user dropped into the folders are always accepted, whatever the
        // configuration file refuses.
        let files = directories.flatMap(Self.fontFiles(in:))
        if !files.isEmpty {
            xml += "  <selectfont><acceptfont>\n"
            for file in files {
                xml += "    <pattern><patelt name=\"file\"><string>\(Self.escape(file))</string></patelt></pattern>\n"
            }
            xml += "  </acceptfont></selectfont>\n"
        }
        xml += "</fontconfig>\n"
        try? FileManager.default.createDirectory(at: cacheDirectory, withIntermediateDirectories: true)
        let parsed = xml.withCString { FcConfigParseAndLoadFromMemory(config, $0, FcTrue) }
        guard parsed == FcTrue else {
            FcConfigDestroy(config)
            throw NativeError("fontconfig rejected the generated configuration")
        }
        for configurationFile in configurationFiles {
            let loaded = configurationFile.path.withCString { FcConfigParseAndLoad(config, $0, FcTrue) }
            guard loaded == FcTrue else {
                FcConfigDestroy(config)
                throw NativeError("fontconfig could not read \(configurationFile.path)")
            }
        }
        guard FcConfigBuildFonts(config) == FcTrue else {
            FcConfigDestroy(config)
            throw NativeError("fontconfig could not build the font set")
        }
        guard let fontSet = FcConfigGetFonts(config, FcSetSystem), fontSet.pointee.nfont > 0 else {
            FcConfigDestroy(config)
            throw NativeError("no fonts found: install Debian's fonts-noto-core, fonts-noto-cjk and fonts-dejavu-core (scripts/setup)")
        }
        self.config = config
        // Pango initialises fontconfig's default configuration on its first font map,
        // loading every font the machine has (about 5 ms) only to ignore it; with this
        // set as the current configuration, that initialisation finds nothing to do.
        FcConfigSetCurrent(config)

        let map = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT)!
        // Pango assumes 96 dpi; at 72 one Pango point is one PDF point.
        pango_cairo_font_map_set_resolution(OpaquePointer(map), 72)
        pango_fc_font_map_set_config(OpaquePointer(map), config)
        self.fontMap = map

        let context = pango_font_map_create_context(map)!
        // Fractional positions: whole-point rounding makes justified lines ragged.
        pango_context_set_round_glyph_positions(context, 0)
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        pango_cairo_context_set_font_options(context, options)
        cairo_font_options_destroy(options)
        self.context = context
    }

    deinit {
        fonts.removeAll()
        g_object_unref(UnsafeMutableRawPointer(context))
        g_object_unref(UnsafeMutableRawPointer(fontMap))
        FcConfigDestroy(config)
    }

    /// The one `Font` object for a Pango font, so that identical fonts compare equal.
    func font(for pointer: UnsafeMutablePointer<PangoFont>) -> Font {
        let key = UnsafeMutableRawPointer(pointer)
        if let font = fonts[key] { return font }
        let font = Font(pointer)
        fonts[key] = font
        return font
    }

    /// Every family in the font set, sorted, for `briefing fonts` and diagnostics.
    public func families() -> [String] {
        var list: UnsafeMutablePointer<UnsafeMutablePointer<PangoFontFamily>?>?
        var count: Int32 = 0
        pango_font_map_list_families(fontMap, &list, &count)
        defer { g_free(list) }
        guard let list else { return [] }
        return (0..<Int(count)).compactMap { index in
            list[index].flatMap { pango_font_family_get_name($0) }.map { String(cString: $0) }
        }.sorted()
    }

    /// The file of the font fontconfig picks for `family` (for listings and tests).
    public func file(ofFamily family: String) -> String? {
        guard let pattern = FcPatternCreate() else { return nil }
        defer { FcPatternDestroy(pattern) }
        family.withCString { name in
            name.withMemoryRebound(to: FcChar8.self, capacity: family.utf8.count + 1) {
                _ = FcPatternAddString(pattern, FC_FAMILY, $0)
            }
        }
        // As Pango asks: the configuration's rules may test the weight.
        FcPatternAddInteger(pattern, FC_WEIGHT, FC_WEIGHT_REGULAR)
        FcPatternAddInteger(pattern, FC_SLANT, FC_SLANT_ROMAN)
        FcConfigSubstitute(config, pattern, FcMatchPattern)
        FcDefaultSubstitute(pattern)
        var result = FcResultMatch
        guard let match = FcFontMatch(config, pattern, &result) else { return nil }
        defer { FcPatternDestroy(match) }
        var matchedFamily: UnsafeMutablePointer<FcChar8>?
        guard FcPatternGetString(match, FC_FAMILY, 0, &matchedFamily) == FcResultMatch,
              let matchedFamily, String(cString: matchedFamily) == family else { return nil }
        var file: UnsafeMutablePointer<FcChar8>?
        guard FcPatternGetString(match, FC_FILE, 0, &file) == FcResultMatch, let file else { return nil }
        return String(cString: file)
    }

    /// Whether the font set has an italic or oblique face of `family`: most scripts'
    /// Noto faces have none, and Pango would then print italic text upright.
    public func hasItalic(family: String) -> Bool {
        guard let pattern = FcPatternCreate(), let objects = FcObjectSetCreate() else { return false }
        defer {
            FcPatternDestroy(pattern)
            FcObjectSetDestroy(objects)
        }
        family.withCString { name in
            name.withMemoryRebound(to: FcChar8.self, capacity: family.utf8.count + 1) {
                _ = FcPatternAddString(pattern, FC_FAMILY, $0)
            }
        }
        FcObjectSetAdd(objects, FC_SLANT)
        guard let list = FcFontList(config, pattern, objects) else { return false }
        defer { FcFontSetDestroy(list) }
        return (0..<Int(list.pointee.nfont)).contains { index in
            var slant: Int32 = 0
            guard let font = list.pointee.fonts[index] else { return false }
            return FcPatternGetInteger(font, FC_SLANT, 0, &slant) == FcResultMatch && slant != FC_SLANT_ROMAN
        }
    }

    private static func fontFiles(in directory: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { ["ttf", "otf", "ttc", "otc"].contains(($0 as NSString).pathExtension.lowercased()) }
            .sorted().map { directory.appendingPathComponent($0).path }
    }

    private static func escape(_ path: String) -> String {
        path.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
    }
}
