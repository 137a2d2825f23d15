//! Anchored longest-prefix search over an Aho–Corasick DFA, walked by hand.

use aho_corasick::automaton::Automaton;
use aho_corasick::dfa::DFA;
use aho_corasick::Anchored;

/// The index of the longest pattern `hay` starts with: `AhoCorasick::find` with an
/// anchored `Input`, walked by hand. The general search (an `Input`, the dynamic
/// dispatch to the automaton, prefilter and span checks) cost ~300 instructions a
/// call where the walk over a key's few bytes needs a tenth of that, and it runs on
/// over half a million cells per 3,000 filings. Same semantics as `try_find_fwd`: in
/// a leftmost-longest DFA the last match state seen before the dead state wins.
pub(crate) fn longest_prefix(dfa: &DFA, hay: &str) -> Option<usize> {
    let mut sid = dfa.start_state(Anchored::Yes).ok()?;
    let mut found = None;
    for &b in hay.as_bytes() {
        sid = dfa.next_state(Anchored::Yes, sid, b);
        if dfa.is_special(sid) {
            if dfa.is_dead(sid) {
                break;
            }
            if dfa.is_match(sid) {
                found = Some(dfa.match_pattern(sid, 0).as_usize());
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::{AhoCorasick, AhoCorasickKind, Input, MatchKind, StartKind};

    /// The walk finds what the library's own anchored search finds, on patterns that
    /// nest ("项目", "项目资金", "项目资金总额") and on texts that run past them, stop
    /// inside them, or start with none of them.
    #[test]
    fn walk_agrees_with_the_library_search() {
        let patterns = ["项目", "项目资金", "项目资金总额", "资金", "其中", "其中:财政拨款", "年度目标"];
        let dfa = aho_corasick::dfa::Builder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Anchored)
            .build(patterns)
            .unwrap();
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Anchored)
            .kind(Some(AhoCorasickKind::DFA))
            .build(patterns)
            .unwrap();
        let texts = [
            "项目",
            "项目资",
            "项目资金",
            "项目资金总",
            "项目资金总额(万元)",
            "其中:财政",
            "其中:财政拨款10",
            "年度",
            "资金100",
            "",
            "目标",
            "a项目",
        ];
        for t in texts {
            let want = ac.find(Input::new(t).anchored(Anchored::Yes)).map(|m| m.pattern().as_usize());
            assert_eq!(longest_prefix(&dfa, t), want, "{t}");
        }
        assert_eq!(longest_prefix(&dfa, "项目资金总额(万元)"), Some(2));
        assert_eq!(longest_prefix(&dfa, "项目资金总"), Some(1));
        assert_eq!(longest_prefix(&dfa, "a项目"), None);
    }
}
