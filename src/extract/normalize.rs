//! Label text normalisation: the same label is printed as "数量 指标", "数量\n指标",
//! "數量指標" or "產(chǎn)出指標(biāo)" (a Traditional mirror with pinyin glosses).

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;

use crate::chars::TrimWs;

/// Traditional → Simplified for the characters that occur in labels, headers and keys.
/// A full conversion table (OpenCC) is large; labels use a few dozen characters, so a
/// small table keeps the core free of a data dependency.
const T2S: &[(char, char)] = &[
    ('產', '产'),
    ('標', '标'),
    ('績', '绩'),
    ('滿', '满'),
    ('質', '质'),
    ('數', '数'),
    ('時', '时'),
    ('經', '经'),
    ('濟', '济'),
    ('態', '态'),
    ('響', '响'),
    ('續', '续'),
    ('項', '项'),
    ('務', '务'),
    ('對', '对'),
    ('應', '应'),
    ('會', '会'),
    ('環', '环'),
    ('級', '级'),
    ('類', '类'),
    ('單', '单'),
    ('價', '价'),
    ('準', '准'),
    ('據', '据'),
    ('確', '确'),
    ('評', '评'),
    ('現', '现'),
    ('實', '实'),
    ('預', '预'),
    ('計', '计'),
    ('劃', '划'),
    ('資', '资'),
    ('門', '门'),
    ('設', '设'),
    ('發', '发'),
    ('區', '区'),
    ('額', '额'),
    ('說', '说'),
    ('內', '内'),
    ('業', '业'),
    ('補', '补'),
    ('關', '关'),
    ('體', '体'),
    ('蓋', '盖'),
    ('較', '较'),
    ('員', '员'),
    ('層', '层'),
    ('護', '护'),
    ('養', '养'),
    ('顯', '显'),
    ('係', '系'),
    ('與', '与'),
    ('屬', '属'),
    ('調', '调'),
    ('總', '总'),
    ('稱', '称'),
    ('簡', '简'),
    ('決', '决'),
    ('議', '议'),
    ('負', '负'),
    ('責', '责'),
    ('電', '电'),
    ('話', '话'),
    ('導', '导'),
    ('長', '长'),
    ('億', '亿'),
    ('萬', '万'),
    ('隻', '只'),
    ('個', '个'),
    ('於', '于'),
    ('優', '优'),
    ('為', '为'),
    ('們', '们'),
    ('進', '进'),
    ('幣', '币'),
    // Header and key words of 湖南-style and 部门整体 tables on Traditional mirrors
    // (指標解釋, 評(扣)分標準, 備註, *部門(單位)職責, 財政撥款, 上年結轉, 專項) and the
    // labels of a site's publication line (來源, 發布時間, 瀏覽次數, 點擊, 閱讀, 訪問).
    ('釋', '释'),
    ('備', '备'),
    ('註', '注'),
    ('職', '职'),
    ('間', '间'),
    ('來', '来'),
    ('財', '财'),
    ('撥', '拨'),
    ('結', '结'),
    ('轉', '转'),
    ('專', '专'),
    ('縣', '县'),
    ('編', '编'),
    ('碼', '码'),
    ('號', '号'),
    ('審', '审'),
    ('報', '报'),
    ('費', '费'),
    ('聯', '联'),
    ('繫', '系'),
    ('測', '测'),
    ('瀏', '浏'),
    ('覽', '览'),
    ('點', '点'),
    ('擊', '击'),
    ('閱', '阅'),
    ('讀', '读'),
    ('訪', '访'),
    ('問', '问'),
    ('義', '义'),
    // A document-sharing site's own lines on a Traditional mirror (下載本文檔, 版權說明,
    // 上傳人, 親,該文檔…), set aside as furniture.
    ('載', '载'),
    ('檔', '档'),
    ('權', '权'),
    ('戶', '户'),
    ('傳', '传'),
    ('親', '亲'),
    ('該', '该'),
];

/// Sorted once so a lookup is a binary search: this runs for every character of
/// every cell, and hashing each one showed up as the top cost in profiles.
static T2S_SORTED: LazyLock<Vec<(char, char)>> = LazyLock::new(|| {
    let mut v = T2S.to_vec();
    v.sort_unstable();
    v.dedup_by_key(|p| p.0);
    v
});

/// Membership bitmap over the Basic Multilingual Plane: one bit test per character
/// before any search. Built at compile time, so a lookup is a plain load (this runs
/// for every character of every cell).
static T2S_BITS: [u64; 1024] = bmp_bits(&[], false);

/// The characters a lexicon key changes besides ASCII: the Traditional ones, every
/// non-ASCII white-space character, and the full-width brackets and colon.
static KEY_SPECIAL_BITS: [u64; 1024] = bmp_bits(&['（', '）', '：'], true);

/// T2S's Traditional characters and `extra`, and with `spaces` every non-ASCII
/// white-space character (`char::is_whitespace`, all of them below U+3001).
const fn bmp_bits(extra: &[char], spaces: bool) -> [u64; 1024] {
    let mut bits = [0u64; 1024];
    let mut i = 0;
    while i < T2S.len() {
        let c = T2S[i].0 as usize;
        bits[c / 64] |= 1 << (c % 64);
        i += 1;
    }
    let mut i = 0;
    while i < extra.len() {
        let c = extra[i] as usize;
        bits[c / 64] |= 1 << (c % 64);
        i += 1;
    }
    let mut c = 0x80;
    while spaces && c <= 0x3000 {
        if let Some(ch) = char::from_u32(c as u32) {
            if ch.is_whitespace() {
                bits[c / 64] |= 1 << (c % 64);
            }
        }
        c += 1;
    }
    bits
}

fn bit(bits: &[u64; 1024], c: u32) -> bool {
    c < 0x1_0000 && bits[c as usize / 64] & (1 << (c % 64)) != 0
}

/// One character in Simplified (itself when the table has no other form).
pub fn simplify(c: char) -> char {
    simplify_char(c)
}

fn simplify_char(c: char) -> char {
    if !bit(&T2S_BITS, c as u32) {
        return c;
    }
    let t = &*T2S_SORTED;
    t.binary_search_by_key(&c, |p| p.0).map_or(c, |i| t[i].1)
}

/// Pinyin glosses that doc-sharing sites insert after Traditional characters.
static PINYIN_GLOSS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}\)").unwrap());

pub fn to_simplified(s: &str) -> String {
    s.chars().map(simplify_char).collect()
}

pub fn strip_pinyin(s: &str) -> Cow<'_, str> {
    if s.contains('(') {
        PINYIN_GLOSS.replace_all(s, "")
    } else {
        Cow::Borrowed(s)
    }
}

/// Remove all white space (ASCII, ideographic, NBSP) — labels never contain it.
/// Borrowed when there is none, which is nearly always (rules call this per indicator).
pub fn squeeze(s: &str) -> Cow<'_, str> {
    let space = |c: char| c.is_whitespace() || c == '\u{3000}' || c == '\u{a0}';
    if !crate::chars::may_hold_space(s) || !s.contains(space) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(s.chars().filter(|c| !space(*c)).collect())
}

/// Whitespace removed, pinyin glosses removed, Traditional → Simplified, trailing
/// colons and brackets' full-width forms unified. The key used for every lexicon lookup.
pub fn label_key(s: &str) -> String {
    label_key_cow(s).into_owned()
}

/// What a character becomes in a lexicon key: white space is dropped, full-width
/// brackets and colons become half-width, Traditional becomes Simplified.
fn key_char(c: char) -> Option<char> {
    // Nothing above U+3000 (the ideographic space) is white space: CJK text, which is
    // most of what comes here, skips the Unicode table.
    if c as u32 <= 0x3000 && c.is_whitespace() {
        return None;
    }
    Some(match c {
        '（' => '(',
        '）' => ')',
        '：' => ':',
        c => simplify_char(c),
    })
}

/// [`label_key`], borrowed from `s` (a sub-slice of it) when nothing had to change,
/// which is most cells: the grid keeps a key per cell.
pub fn label_key_cow(s: &str) -> Cow<'_, str> {
    // One pass: drop white space, simplify, unify brackets. Runs of characters that
    // stay as they are are copied as slices, and nothing is copied until something
    // changes (this runs on every cell of every file).
    let mut out: Option<String> = None;
    let mut run = 0;
    // Whether a pinyin gloss may be present ("(" and a lower-case letter), noted on
    // the way rather than searched for afterwards.
    let (mut paren, mut lower) = (false, false);
    // Bytes, not `char_indices`: most characters are ASCII or CJK that stay as they
    // are, told by one table lookup without building a `char` (see KEY_SPECIAL_BITS).
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let x = b[i];
        if x & 0xF0 == 0xE0 {
            // Three bytes (CJK, most of a cell): the table's word is indexed by the lead
            // byte's low bits and the second byte's, its bit by the third's, so the
            // character needs no decoding to be told unchanged.
            let (b1, b2) = (b[i + 1] as usize & 0x3F, b[i + 2] as u32 & 0x3F);
            if KEY_SPECIAL_BITS[(x as usize & 0x0F) << 6 | b1] & (1 << b2) == 0 {
                i += 3;
                continue;
            }
        }
        let (c, len) = if x < 0x80 {
            if !crate::chars::is_ascii_space(x) {
                paren |= x == b'(';
                lower |= x.is_ascii_lowercase();
                i += 1;
                continue;
            }
            (x as u32, 1)
        } else if x < 0xE0 {
            (((x as u32 & 0x1F) << 6) | (b[i + 1] as u32 & 0x3F), 2)
        } else if x < 0xF0 {
            (((x as u32 & 0x0F) << 12) | ((b[i + 1] as u32 & 0x3F) << 6) | (b[i + 2] as u32 & 0x3F), 3)
        } else {
            // Beyond the BMP: nothing there changes.
            i += 4;
            continue;
        };
        if len > 1 && !bit(&KEY_SPECIAL_BITS, c) {
            i += len;
            continue;
        }
        let c = char::from_u32(c).expect("decoded from valid UTF-8");
        let replacement = if len == 1 { None } else { key_char(c) };
        if replacement == Some(c) {
            i += len;
            continue;
        }
        paren |= replacement == Some('(');
        let o = out.get_or_insert_with(|| String::with_capacity(s.len()));
        o.push_str(&s[run..i]);
        if let Some(r) = replacement {
            o.push(r);
        }
        i += len;
        run = i;
    }
    let mut out = match out {
        Some(mut o) => {
            o.push_str(&s[run..]);
            Cow::Owned(o)
        }
        None => Cow::Borrowed(s),
    };
    if paren && lower {
        out = Cow::Owned(strip_pinyin(&out).into_owned());
    }
    match out {
        Cow::Borrowed(b) => Cow::Borrowed(trim_key(b)),
        Cow::Owned(o) => {
            let t = trim_key(&o);
            if t.len() == o.len() {
                Cow::Owned(o)
            } else {
                Cow::Owned(t.to_string())
            }
        }
    }
}

/// Text in lexicon-key form ([`label_key`] without the trims) that remembers where
/// each of its characters came from, so that words found in the key form can be cut
/// out of the printed text verbatim (glosses and Traditional characters kept). For
/// text run together with no separators, where lexicon words are found mid-string.
#[derive(Debug, Clone, Default)]
pub struct KeyedText {
    pub key: String,
    /// `origin[i]`: byte offset in the printed text of the key's byte `i` (for char
    /// boundaries), and `origin[key.len()]` is the printed text's length.
    origin: Vec<usize>,
}

fn is_pinyin_letter(c: char) -> bool {
    c.is_ascii_lowercase() || "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü".contains(c)
}

/// Length in bytes of a pinyin gloss "(chǎn)" at the start of `s`, if there is one.
pub fn gloss_len(s: &str) -> Option<usize> {
    let rest = s.strip_prefix('(')?;
    for (n, (i, c)) in rest.char_indices().enumerate() {
        if c == ')' {
            return (n >= 1).then_some(1 + i + 1);
        }
        if !is_pinyin_letter(c) || n == 8 {
            return None;
        }
    }
    None
}

impl KeyedText {
    pub fn new(s: &str) -> KeyedText {
        let mut key = String::with_capacity(s.len());
        let mut origin = Vec::with_capacity(s.len() + 1);
        let mut skip_to = 0;
        for (i, c) in s.char_indices() {
            if i < skip_to {
                continue;
            }
            if c == '(' {
                if let Some(n) = gloss_len(&s[i..]) {
                    skip_to = i + n;
                    continue;
                }
            }
            let Some(r) = key_char(c) else { continue };
            origin.extend(std::iter::repeat_n(i, r.len_utf8()));
            key.push(r);
        }
        origin.push(s.len());
        KeyedText { key, origin }
    }

    /// Byte offset in the printed text where the key's byte `at` came from.
    pub fn origin(&self, at: usize) -> usize {
        self.origin.get(at).copied().unwrap_or_else(|| self.origin.last().copied().unwrap_or(0))
    }

    /// Was there white space in the printed text just before the key's byte `at`?
    pub fn space_before(&self, text: &str, at: usize) -> bool {
        let Some((prev, _)) = self.key.get(..at).and_then(|k| k.char_indices().next_back()) else { return false };
        let p = self.origin(prev);
        let after_prev = p + text.get(p..).and_then(|t| t.chars().next()).map_or(0, char::len_utf8);
        text.get(after_prev..self.origin(at)).is_some_and(|gap| gap.chars().any(char::is_whitespace))
    }

    /// The printed text behind the key range `[from, to)`, trimmed: glosses that
    /// follow the last character stay with it.
    pub fn printed<'t>(&self, text: &'t str, from: usize, to: usize) -> &'t str {
        let (a, b) = (self.origin(from), self.origin(to));
        text.get(a..b.max(a)).unwrap_or("").trim_ws()
    }
}

fn trim_key(s: &str) -> &str {
    // Most keys neither end in a colon (':' or '：', whose last byte is 0x9A) nor start
    // with '*' or '★' (lead byte 0xE2): one byte at each end tells.
    let b = s.as_bytes();
    if let (Some(&f), Some(&l)) = (b.first(), b.last()) {
        if f != b'*' && f != 0xE2 && l != b':' && l != 0x9A {
            return s;
        }
    }
    s.trim_end_matches([':', '：']).trim_start_matches(['*', '★'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_borrow_when_nothing_changes() {
        assert!(matches!(label_key_cow("数量指标"), Cow::Borrowed("数量指标")));
        assert!(matches!(label_key_cow("*项目名称:"), Cow::Borrowed("项目名称")));
        assert!(matches!(label_key_cow("数量 指标"), Cow::Owned(k) if k == "数量指标"));
        assert!(matches!(label_key_cow("項目名稱："), Cow::Owned(k) if k == "项目名称"));
    }

    /// The byte walk of `label_key_cow` against the plain per-character rule, for
    /// every BMP character between others.
    #[test]
    fn the_byte_walk_keys_every_character_as_key_char_does() {
        let reference = |s: &str| -> String {
            s.chars()
                .filter_map(|c| if c.is_ascii() { (!crate::chars::is_ascii_space(c as u8)).then_some(c) } else { key_char(c) })
                .collect()
        };
        for c in (1u32..0x1_0000).filter_map(char::from_u32) {
            let s = format!("数{c}量{c}");
            assert_eq!(label_key_cow(&s), trim_key(&reference(&s)), "U+{:04X}", c as u32);
        }
        assert_eq!(label_key_cow("項目 名稱（万元）：🙂"), "项目名称(万元):🙂");
    }

    #[test]
    fn keyed_text_maps_back_to_the_printed_text() {
        let printed = "產(chǎn)出指標(biāo) 救助覆蓋率";
        let k = KeyedText::new(printed);
        assert_eq!(k.key, "产出指标救助覆盖率");
        let at = k.key.find("救助").unwrap();
        assert_eq!(k.printed(printed, 0, at), "產(chǎn)出指標(biāo)");
        assert_eq!(k.printed(printed, at, k.key.len()), "救助覆蓋率");
        assert_eq!(KeyedText::new("满意度(%)").key, "满意度(%)");
    }

    #[test]
    fn keys_fold_spacing_traditional_and_glosses() {
        assert_eq!(label_key("数量 指标"), "数量指标");
        assert_eq!(label_key("經濟效益\n\n指標"), "经济效益指标");
        assert_eq!(label_key("產(chǎn)出指標(biāo)"), "产出指标");
        assert_eq!(label_key("项目资金（万元）："), "项目资金(万元)");
        assert_eq!(label_key("效 益 指 标"), "效益指标");
    }
}
