//! Rows found by probing the grammar with values real filings print: tenths after 成
//! ("九成五"), weekly deadlines, ranges in words ("介于…之间"), fractions and per-mille
//! in words, approximate counts ("十余次"), an action after a time limit ("48小时内响应"),
//! aims ("力争"), "+" for "or more", the indicator's name before its value ("完成率100%")
//! and an explanatory note after a comma; then not-applicable marks ("/", "不适用"), two
//! bounds in words, Roman classes and letter grades, same-day limits ("当日办结"),
//! "7×24小时", "每两周一次", "数十个" and a word after a bound word ("5%以内处理").
//! Each failed on the grammar before it (rows that pin what already held say so).

use super::*;
use jixiao::model::Direction::*;

/// A share printed as a fraction: value the ratio, no unit, std in %.
fn share(case: Case, o: &str, v: f64) -> Case {
    let mut c = case.n(o, v, "", v * 100.0, "%");
    c.want.std_unit = Some("%".into());
    c
}

pub fn cases() -> Vec<Case> {
    vec![
        // 成 is tenths, and a digit after it the next tenth
        c("九成五").n("", 9.5, "成", 95.0, "%"),
        c("九成五以上").n(">=", 9.5, "成", 95.0, "%"),
        c("八成半").n("", 8.5, "成", 85.0, "%"),
        c("不低于7成5").n(">=", 7.5, "成", 75.0, "%"),
        // weekly deadlines: an ISO repeating interval from the first such weekday
        c("每周五前").y(2023).date("<=", "R/2023-01-06/P1W"),
        c("每周一").y(2023).date("", "R/2023-01-02/P1W"),
        c("每周一").y(2024).date("", "R/2024-01-01/P1W"),
        c("每星期三前").y(2024).date("<=", "R/2024-01-03/P1W"),
        c("每周星期五下班前").y(2023).date("<=", "R/2023-01-06/P1W"),
        c("每周日前").y(2023).date("<=", "R/2023-01-01/P1W"),
        c("每周五前").month("<=", 5.0, "星期"),
        // ... and a count per week stays a count
        c("每周一次").n("", 1.0, "次", 1.0, "次/周"),
        c("每周1次").n("", 1.0, "次", 1.0, "次/周"),
        c("每周不少于2次").n(">=", 2.0, "次", 2.0, "次/周"),
        // ranges in words
        c("介于90%至95%之间").range(90.0, 95.0, "%", 90.0, "%"),
        c("在90%-95%之间").range(90.0, 95.0, "%", 90.0, "%"),
        c("介于5和8万元之间").range(5.0, 8.0, "万元", 50000.0, "元"),
        c("两者之间").qual(""),
        // percent, per-mille and per-ten-thousand in words; other fractions as shares
        c("百分之九十五").n("", 95.0, "%", 95.0, "%"),
        c("≥百分之九十").n(">=", 90.0, "%", 90.0, "%"),
        c("百分之百").n("", 100.0, "%", 100.0, "%"),
        c("千分之三").n("", 3.0, "‰", 0.3, "%"),
        c("≤千分之五").n("<=", 5.0, "‰", 0.5, "%"),
        c("万分之五").n("", 5.0, "‱", 0.05, "%"),
        share(c("1/2"), "", 0.5),
        share(c("≥1/4"), ">=", 0.25),
        share(c("三分之一以上"), ">=", 1.0 / 3.0),
        share(c("十分之一"), "", 0.1),
        c("12/31").unparsed("", ""),
        // approximate counts: 余/多 are no part of what is counted
        c("十余次").n("", 10.0, "余次", 10.0, "次"),
        c("二十余人").n("", 20.0, "余人", 20.0, "人"),
        c("三十多家").n("", 30.0, "多家", 30.0, "家"),
        c("10多人").n("", 10.0, "多人", 10.0, "人"),
        // an action after a time limit: the limit is the target
        c("48小时内响应").dur("<=", 48.0, "小时", 48.0, "小时").dir(Achieve),
        c("30分钟内响应").dur("<=", 30.0, "分钟", 0.5, "小时").dir(Achieve),
        c("15日内答复").dur("<=", 15.0, "日", 15.0, "天").dir(Achieve),
        c("2小时以内到达现场").dur("<=", 2.0, "小时", 2.0, "小时").dir(Achieve),
        // aims, "+", a rate's name before its value, a note after a comma
        c("力争95%").n("", 95.0, "%", 95.0, "%"),
        c("确保达到95%").n(">=", 95.0, "%", 95.0, "%"),
        c("95%+").n(">=", 95.0, "%", 95.0, "%"),
        c("完成率100%").n("", 100.0, "%", 100.0, "%"),
        c("合格率≥95%").n(">=", 95.0, "%", 95.0, "%"),
        c("满意度达到90%").n(">=", 90.0, "%", 90.0, "%"),
        c("参保率稳步提高").qual("increase"),
        c("≥95%，以问卷调查为准").n(">=", 95.0, "%", 95.0, "%"),
        c("≥95%；以第三方评估为准").n(">=", 95.0, "%", 95.0, "%"),
        c("1，000人").n("", 1000.0, "人", 1000.0, "人"),
        // not applicable: a dash, slash or word in place of a target is no target (kind empty)
        c("/").empty(),
        c("—").empty(),
        c("－").empty(),
        c("--").empty(),
        c("——").empty(), // (was unparsed: V003 instead of V001)
        c("N/A").empty(),
        c("无").empty(),
        c("不适用").empty(),
        c("暂无").empty(),
        c("待定").empty(),
        // two bounds in words: the range the glyph form "≥90%且≤100%" gives
        c("大于95%小于100%").range(95.0, 100.0, "%", 95.0, "%"),
        c("不低于90%且不高于95%").range(90.0, 95.0, "%", 90.0, "%"),
        c("高于80%低于90%").range(80.0, 90.0, "%", 80.0, "%"),
        c("不少于3次且不超过5次").range(3.0, 5.0, "次", 3.0, "次"),
        // (held before: one bound in words stays a number)
        c("不低于90%").n(">=", 90.0, "%", 90.0, "%"),
        // classes in Roman numerals and letter grades, counted from the best
        c("Ⅲ类").n("", 3.0, "类", 3.0, "类"),
        c("III类").n("", 3.0, "类", 3.0, "类"),
        c("IV类水质").n("", 4.0, "类", 4.0, "类"),
        c("地表水Ⅲ类以上").n("<=", 3.0, "类", 3.0, "类"),
        c("Ⅱ级").n("", 2.0, "级", 2.0, "级"),
        c("国家二级标准").n("", 2.0, "级", 2.0, "级"),
        c("B级以上").n("<=", 2.0, "级", 2.0, "等级"),
        // (held before: a Chinese 级 is a hospital-style grade, higher is better)
        c("二级以上").n(">=", 2.0, "级", 2.0, "级"),
        // same-day limits: a duration of a day (次日: by the end of the next)
        c("当天").dur("<=", 1.0, "天", 1.0, "天"),
        c("当日").dur("<=", 1.0, "天", 1.0, "天"),
        c("当日办结").dur("<=", 1.0, "天", 1.0, "天").dir(Achieve),
        c("次日").dur("<=", 2.0, "天", 2.0, "天"),
        c("次日反馈").dur("<=", 2.0, "天", 2.0, "天").dir(Achieve),
        c("当日天气").qual(""), // (held before)
        c("随到随办").qual("achieve"),
        // round-the-clock service is no time limit; a count per several periods; several tens
        c("7×24小时").qual("achieve"),
        c("5×8小时").qual("achieve"),
        c("每两周一次").n("", 1.0, "次", 0.5, "次/周"),
        c("每两年不少于1次").n(">=", 1.0, "次", 0.5, "次/年"),
        c("数十个").n(">=", 10.0, "个", 10.0, "个"),
        c("数百人").n(">=", 100.0, "人", 100.0, "人"),
        // a word after a bound word is not part of the unit
        c("5%以内处理").n("<=", 5.0, "%", 5.0, "%"),
        c("90%及以上参加").n(">=", 90.0, "%", 90.0, "%"),
        // (held before: rates and real units are untouched)
        c("2次以上/年").n(">=", 2.0, "次/年", 2.0, "次/年"),
        c("100元/人·月").n("", 100.0, "元/人·月", 100.0, "元/人·月"),
        c("5个工作日").dur("", 5.0, "个工作日", 5.0, "工作日"),
    ]
}
