//! Rows of a pipe copy broken over several lines. Some converters flattening an HTML
//! table print every row padded with empty cells to the table's full width
//! ("名称 | 某某项目 | ||||"), but start a new line inside a row where a cell held a
//! line break: the row "绩效指标 | 一级指标 | 二级指标 | …" comes out as
//! "绩效指标 | 一级指标 |" / "二级指标 |" / "三级指标 |" / … — each piece a short line
//! ending in the "|" that closed its cell. Read line by line, the pieces are rows of
//! their own and the header (or a key and its value) is lost.

/// The cells of each line (leading "|" of a row dropped), `None` for a line that is
/// no row (blank, bare pipes).
pub(super) type LineCells<'a> = Vec<Option<Vec<&'a str>>>;

/// The runs of lines `(first, last)` that make one row each: a short line ending in
/// "|" and the lines after it, joined, fill exactly the width most rows are padded to.
/// Only a copy whose rows are padded (most rows at one width) is read this way: in
/// any other a short row is just a short row.
pub(super) fn broken_rows(lines: &[&str], cells: &LineCells) -> Vec<(usize, usize)> {
    let counts: Vec<usize> = cells.iter().flatten().map(Vec::len).collect();
    let Some(width) = modal(&counts) else { return Vec::new() };
    let full = counts.iter().filter(|&&c| c == width).count();
    if width < 3 || full < 3 {
        return Vec::new();
    }
    let open_ended = |i: usize| {
        let t = lines[i].trim();
        t.ends_with('|') && !t.starts_with('|')
    };
    let mut runs = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let Some(first) = cells[i].as_ref().filter(|c| c.len() < width && open_ended(i)) else {
            i += 1;
            continue;
        };
        // Each next line's first cell goes into the empty cell the line before
        // closed with: the joined row has one cell fewer than the lines together.
        let mut total = first.len();
        let mut end = None;
        let mut j = i + 1;
        while let Some(Some(next)) = cells.get(j) {
            if lines[j].trim().starts_with('|') {
                break;
            }
            total += next.len() - 1;
            if total == width {
                end = Some(j);
            }
            if total >= width || !open_ended(j) {
                break;
            }
            j += 1;
        }
        match end {
            Some(last) => {
                runs.push((i, last));
                i = last + 1;
            }
            None => i += 1,
        }
    }
    // Padded: with the runs joined, most rows are full.
    let joined: usize = runs.iter().map(|(a, b)| b - a).sum();
    if (full + runs.len()) * 2 < counts.len() - joined {
        return Vec::new();
    }
    runs
}

/// The most frequent value (the largest among equals).
fn modal(counts: &[usize]) -> Option<usize> {
    let max = *counts.iter().max()?;
    let mut seen = vec![0usize; max + 1];
    for &c in counts {
        seen[c] += 1;
    }
    // `max_by_key` keeps the last of equals: counted upwards, the largest.
    (0..=max).max_by_key(|&c| seen[c])
}

#[cfg(test)]
mod tests {
    use super::super::text::split_cells;

    #[test]
    fn a_padded_pipe_row_broken_after_its_cells_is_one_row() {
        let text = "某县项目支出绩效目标表 | | | | |\n\
                    项目 名称 |\n\
                    河道清淤工程 | 年度资金(万元) | 120.00 | |\n\
                    绩效指标 | 一级 指标 |\n\
                    二级 指标 |\n\
                    三级 指标 |\n\
                    指标值 |\n\
                    产出指标 | 数量指标 | 清淤长度 | 12公里 | |\n\
                    质量指标 | 验收合格率 | 100% | | |\n\
                    效果指标 | 社会效益指标 | 受益人口 | 3000人 | |\n";
        let g = split_cells(text);
        let rows: Vec<Vec<&str>> = g.rows.iter().map(|r| r.cells.iter().map(|c| c.text.as_str()).collect()).collect();
        assert_eq!(rows[1], ["项目 名称", "河道清淤工程", "年度资金(万元)", "120.00", "", ""]);
        assert_eq!(rows[2], ["绩效指标", "一级 指标", "二级 指标", "三级 指标", "指标值", ""]);
        assert_eq!(g.rows[2].cells[4].line, 7);
        assert_eq!(rows[3], ["产出指标", "数量指标", "清淤长度", "12公里", "", ""]);
        assert_eq!(rows.len(), 6);
    }

    #[test]
    fn short_rows_of_an_unpadded_pipe_copy_stay_as_they_are() {
        let text = "项目名称 | 河道清淤工程 |\n一级指标 | 二级指标 | 三级指标 | 指标值\n产出指标 |\n数量指标 | 长度 | 12公里\n";
        let g = split_cells(text);
        assert_eq!(g.rows.len(), 4);
    }
}
