import CHyphen
import Foundation

/// libhyphen's automaton for a large dictionary, saved once and rebuilt from the file.
///
/// Building the automaton for Debian's German patterns (78,000 lines, a compound level
/// above the standard one) takes libhyphen two seconds, every time a process loads it.
/// The built states are plain data: they are written to the user's cache after the
/// first load and read back in milliseconds, into memory that `hnj_hyphen_free` frees
/// as if libhyphen had allocated it. A cache that does not match its source file's
/// size and date, or that is damaged, is ignored and rebuilt.
enum HyphenationCache {
    private static let magic = Array("BRIEFING-HYPHEN-5\n".utf8)

    /// Where the automaton of `source` is kept.
    static func file(for source: URL, size: Int, modified: Int) -> URL {
        CacheFolder.named("hyphen").appendingPathComponent("\(source.lastPathComponent)-\(size)-\(modified).bin")
    }

    /// The dictionary rebuilt from `cache`, or nil when there is none or it is unusable.
    /// The file is the magic line, the payload's length and FNV-1a checksum, then the
    /// payload: a damaged file is refused before any of it reaches libhyphen.
    static func load(_ cache: URL) -> UnsafeMutablePointer<HyphenDict>? {
        guard let data = FileManager.default.contents(atPath: cache.path) else { return nil }
        let bytes = Array(data)
        let header = magic.count + 16
        guard bytes.count >= header, Array(bytes[..<magic.count]) == magic else { return nil }
        let length = bytes[magic.count..<magic.count + 8].reversed().reduce(0) { $0 << 8 | Int($1) }
        let checksum = bytes[magic.count + 8..<header].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        guard length == bytes.count - header, checksum == fnv1a(bytes[header...]) else { return nil }
        var reader = Reader(bytes: Array(bytes[header...]))
        guard let dictionary = reader.dictionary() else { return nil }
        guard reader.offset == reader.bytes.count else {
            hnj_hyphen_free(dictionary)
            return nil
        }
        return dictionary
    }

    /// Writes `dictionary` to `cache`; Foundation writes it under a temporary name and
    /// renames it, so that a process reading at the same time sees the whole file or none.
    static func save(_ dictionary: UnsafeMutablePointer<HyphenDict>, to cache: URL) {
        var writer = Writer()
        writer.dictionary(dictionary)
        var file = magic
        withUnsafeBytes(of: UInt64(writer.bytes.count).littleEndian) { file += $0 }
        withUnsafeBytes(of: fnv1a(writer.bytes[...]).littleEndian) { file += $0 }
        file += writer.bytes
        try? FileManager.default.createDirectory(at: cache.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? Data(file).write(to: cache, options: .atomic)
    }

    /// The 64-bit FNV-1a hash: enough to tell a damaged file from a sound one.
    private static func fnv1a(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        bytes.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01b3 }
    }

    private struct Writer {
        var bytes: [UInt8] = []

        mutating func int(_ value: Int) {
            withUnsafeBytes(of: Int32(truncatingIfNeeded: value).littleEndian) { bytes += $0 }
        }

        mutating func string(_ pointer: UnsafeMutablePointer<CChar>?, length: Int? = nil) {
            guard let pointer else { return int(-1) }
            let count = length ?? strlen(pointer)
            int(count)
            bytes += UnsafeRawBufferPointer(start: pointer, count: count)
        }

        mutating func dictionary(_ dictionary: UnsafeMutablePointer<HyphenDict>) {
            let level = dictionary.pointee
            for value in [level.lhmin, level.rhmin, level.clhmin, level.crhmin] { int(Int(value)) }
            int(Int(level.utf8))
            // The name, then zeros: libhyphen leaves the rest of the field uninitialised.
            withUnsafeBytes(of: level.cset) { raw in
                let name = raw.prefix { $0 != 0 }
                bytes += name + [UInt8](repeating: 0, count: raw.count - name.count)
            }
            int(Int(level.nohyphenl))
            // `nohyphen` holds `nohyphenl + 1` strings (`nohyphenl` counts the commas
            // between them), each ended by a NUL.
            var length = 0
            if let list = level.nohyphen {
                for _ in 0...Int(level.nohyphenl) { length += strlen(list + length) + 1 }
            }
            string(level.nohyphen, length: length)
            int(Int(level.num_states))
            for index in 0..<Int(level.num_states) {
                let state = level.states[index]
                string(state.match)
                string(state.repl)
                // Without a replacement libhyphen leaves these uninitialised: write zeros.
                int(state.repl == nil ? 0 : Int(state.replindex))
                int(state.repl == nil ? 0 : Int(state.replcut))
                int(Int(state.fallback_state))
                int(Int(state.num_trans))
                for transition in 0..<Int(state.num_trans) {
                    int(Int(UInt8(bitPattern: state.trans[transition].ch)))
                    int(Int(state.trans[transition].new_state))
                }
            }
            if let next = level.nextlevel {
                int(1)
                self.dictionary(next)
            } else {
                int(0)
            }
        }
    }

    /// Reads what `Writer` wrote, checking every length against what is left, so that a
    /// damaged file gives nil, never a crash.
    private struct Reader {
        let bytes: [UInt8]
        private(set) var offset = 0

        mutating func bytes(_ count: Int) -> ArraySlice<UInt8>? {
            guard count >= 0, count <= bytes.count - offset else { return nil }
            defer { offset += count }
            return bytes[offset..<offset + count]
        }

        mutating func int() -> Int? {
            guard offset + 4 <= bytes.count else { return nil }
            defer { offset += 4 }
            let value = UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16
                | UInt32(bytes[offset + 3]) << 24
            return Int(Int32(bitPattern: value))
        }

        /// A malloc'd copy of a stored string (NUL added), `.none` for a stored NULL.
        mutating func string() -> UnsafeMutablePointer<CChar>?? {
            guard let count = int() else { return nil }
            if count == -1 { return .some(nil) }
            guard let raw = bytes(count), let copy = malloc(count + 1)?.assumingMemoryBound(to: CChar.self) else { return nil }
            for (index, byte) in raw.enumerated() { copy[index] = CChar(bitPattern: byte) }
            copy[count] = 0
            return .some(copy)
        }

        mutating func dictionary() -> UnsafeMutablePointer<HyphenDict>? {
            guard let dictionary = calloc(1, MemoryLayout<HyphenDict>.stride)?.assumingMemoryBound(to: HyphenDict.self)
            else { return nil }
            // From here on, whatever is attached to `dictionary` is freed with it on failure.
            guard fill(dictionary) else {
                hnj_hyphen_free(dictionary)
                return nil
            }
            return dictionary
        }

        private mutating func fill(_ dictionary: UnsafeMutablePointer<HyphenDict>) -> Bool {
            guard let lhmin = int(), let rhmin = int(), let clhmin = int(), let crhmin = int(), let utf8 = int(),
                  let cset = bytes(MemoryLayout.size(ofValue: dictionary.pointee.cset)), let nohyphenl = int(),
                  case .some(let nohyphen) = string() else { return false }
            // Attached at once, so that it is freed with the dictionary on any failure below.
            dictionary.pointee.nohyphen = nohyphen
            // Each state takes at least 24 bytes: a count beyond that is damage.
            guard let count = int(), (1...(bytes.count - offset) / 24).contains(count) else { return false }
            dictionary.pointee.lhmin = CChar(truncatingIfNeeded: lhmin)
            dictionary.pointee.rhmin = CChar(truncatingIfNeeded: rhmin)
            dictionary.pointee.clhmin = CChar(truncatingIfNeeded: clhmin)
            dictionary.pointee.crhmin = CChar(truncatingIfNeeded: crhmin)
            dictionary.pointee.utf8 = Int32(truncatingIfNeeded: utf8)
            withUnsafeMutableBytes(of: &dictionary.pointee.cset) { $0.copyBytes(from: cset) }
            dictionary.pointee.nohyphenl = Int32(truncatingIfNeeded: nohyphenl)
            guard let states = calloc(max(count, 1), MemoryLayout<HyphenState>.stride)?
                .assumingMemoryBound(to: HyphenState.self) else { return false }
            dictionary.pointee.states = states
            for index in 0..<count {
                // Counted before the state is read, so that a failure frees what it holds.
                dictionary.pointee.num_states = Int32(index + 1)
                guard case .some(let match) = string() else { return false }
                states[index].match = match
                guard case .some(let repl) = string() else { return false }
                states[index].repl = repl
                guard let replindex = int(), let replcut = int(), let fallback = int(), let transitions = int(),
                      (-1..<count).contains(fallback), (0..<max(count, 1)).contains(transitions)
                else { return false }
                states[index].replindex = Int8(truncatingIfNeeded: replindex)
                states[index].replcut = Int8(truncatingIfNeeded: replcut)
                states[index].fallback_state = Int32(fallback)
                if transitions > 0 {
                    guard let trans = malloc(transitions * MemoryLayout<HyphenTrans>.stride)?
                        .assumingMemoryBound(to: HyphenTrans.self) else { return false }
                    states[index].trans = trans
                    states[index].num_trans = Int32(transitions)
                    for transition in 0..<transitions {
                        guard let character = int(), let next = int(), (0..<count).contains(next) else { return false }
                        trans[transition] = HyphenTrans(ch: CChar(truncatingIfNeeded: character), new_state: Int32(next))
                    }
                }
            }
            guard let hasNext = int() else { return false }
            if hasNext == 1 {
                guard let next = self.dictionary() else { return false }
                dictionary.pointee.nextlevel = next
            }
            return true
        }
    }
}
