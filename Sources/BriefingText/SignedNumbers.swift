extension Typography {
    /// The marks right-to-left shaping adds (see `TextEngine.shape`): the left-to-right
    /// mark before a signed number, and the isolate around code. Text cut from a shaped
    /// paragraph drops them before it is shaped again.
    public static let bidiMarks: Set<Unicode.Scalar> = [leftToRightMark, leftToRightIsolate, popDirectionalIsolate]
    static let leftToRightMark: Unicode.Scalar = "\u{200E}"
    static let leftToRightIsolate: Unicode.Scalar = "\u{2066}"
    static let popDirectionalIsolate: Unicode.Scalar = "\u{2069}"

    /// Where a left-to-right mark goes in right-to-left text: before each sign that
    /// starts a number written in European digits ("−6.1", "+4.7", "(–3.4 %)").
    ///
    /// The Unicode bidi algorithm takes such a sign for a neutral and, between the
    /// paragraph's right-to-left direction and the number, sets it on the number's
    /// right, where "−6.1" reads "6.1−", a cut taken for a rise. Behind a left-to-right
    /// mark, the digits resolve left to right (rule W7) and the sign with them, so the
    /// number reads as written; the mark itself has no width and is never a break.
    static func signedNumberStarts(in scalars: [Unicode.Scalar]) -> [Int] {
        scalars.indices.filter { index in
            index + 1 < scalars.count && ("0"..."9").contains(scalars[index + 1]) && isSign(at: index, in: scalars)
        }
    }
}
