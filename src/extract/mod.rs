//! extract: the pieces of meaning inside cells — label lexicon and taxonomy, amounts
//! and unit codes, and the target grammar of 指标值. Knows nothing of file formats.

pub mod money;
pub mod normalize;
pub mod target;
pub mod taxonomy;
pub mod ticked;
