//! Canonical forms of model ids and provider slugs.
//!
//! Every comparison in the policy works on these forms, and every list the tool writes holds
//! them, so a stored `OpenAI/GPT-4o:free` and a requested `openai/gpt-4o` are the same model.

/// Trim, cut at the first `:` (variant suffixes such as `:free`), lowercase.
pub fn model_id(raw: &str) -> String {
    if is_canonical(raw, true) {
        return raw.to_owned();
    }
    let trimmed = raw.trim();
    let base = trimmed.split(':').next().unwrap_or(trimmed);
    lowercase(base.trim())
}

/// Trim and lowercase.
pub fn provider_slug(raw: &str) -> String {
    if is_canonical(raw, false) {
        return raw.to_owned();
    }
    lowercase(raw.trim())
}

/// Whether `raw` is already in canonical form, as stored lists almost always are: printable
/// ASCII without spaces or capitals (so nothing to trim or lowercase) and, for model ids, no
/// `:`. One pass over the bytes instead of trimming, scanning and copying case by case.
fn is_canonical(raw: &str, model: bool) -> bool {
    raw.bytes().all(|b| (b'!'..=b'~').contains(&b) && !b.is_ascii_uppercase() && !(model && b == b':'))
}

/// Stored lists are normally ASCII and already lowercase: copying bytes is much cheaper
/// than Unicode case mapping, which bulk planning and auditing would pay on every entry.
fn lowercase(s: &str) -> String {
    if s.is_ascii() {
        s.to_ascii_lowercase()
    } else {
        s.to_lowercase()
    }
}

/// Normalizes every entry, drops entries that are empty once normalized (they can match
/// nothing), sorts and deduplicates.
pub fn normalized_list<'a>(raw: impl IntoIterator<Item = &'a str>, normalize: fn(&str) -> String) -> Vec<String> {
    let mut out: Vec<String> = raw.into_iter().map(normalize).filter(|s| !s.is_empty()).collect();
    out.sort();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn model_ids() {
        let cases = [
            ("openai/gpt-4o", "openai/gpt-4o"),
            ("OpenAI/GPT-4o:free", "openai/gpt-4o"),
            ("  meta-llama/llama-3.3-70b-instruct:free ", "meta-llama/llama-3.3-70b-instruct"),
            ("a:b:c", "a"),
            (":free", ""),
            ("", ""),
            ("Kimi-K2.5", "kimi-k2.5"),
            ("Ünï/Çode:X", "ünï/çode"),
            ("a/b\u{b}", "a/b"),
            ("\u{a0}x/y", "x/y"),
        ];
        for (raw, want) in cases {
            assert_eq!(model_id(raw), want, "model_id({raw:?})");
        }
    }

    #[test]
    fn provider_slugs() {
        for (raw, want) in
            [(" OpenAI ", "openai"), ("google-vertex", "google-vertex"), ("", ""), ("\topenai\u{b}", "openai")]
        {
            assert_eq!(provider_slug(raw), want, "provider_slug({raw:?})");
        }
    }

    #[test]
    fn lists_are_normalized_sorted_and_deduplicated() {
        let got = normalized_list(["OpenAI", "anthropic", " openai", "  "], provider_slug);
        assert_eq!(got, ["anthropic", "openai"]);
        let got = normalized_list(["x/y:free", "X/Y", "a/b"], model_id);
        assert_eq!(got, ["a/b", "x/y"]);
    }
}
