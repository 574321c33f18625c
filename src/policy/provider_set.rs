//! Sets of providers as bitsets over the interned provider ids of one catalog snapshot.
//!
//! One org's whole effective access is a few hundred word operations this way, which is what
//! makes planning and auditing millions of orgs cheap. Sets of up to 256 providers live inline
//! and combine as fixed arrays; larger catalogs work too, on a slower path.

use smallvec::SmallVec;

/// Index of a provider in a [`crate::policy::catalog::Catalog`] (its position in slug order).
pub type ProviderId = u16;

const INLINE: usize = 4;

/// Always at least [`INLINE`] words, so two inline sets combine word by word without a loop
/// over lengths.
#[derive(Debug)]
pub struct ProviderSet {
    words: SmallVec<[u64; INLINE]>,
}

impl Clone for ProviderSet {
    /// SmallVec's own clone goes element by element through an iterator; an inline set is
    /// one 32-byte copy.
    fn clone(&self) -> Self {
        match <&[u64; INLINE]>::try_from(self.words.as_slice()) {
            Ok(words) => Self { words: SmallVec::from_buf(*words) },
            Err(_) => Self { words: SmallVec::from_slice(&self.words) },
        }
    }
}

impl Default for ProviderSet {
    fn default() -> Self {
        Self { words: SmallVec::from_buf([0; INLINE]) }
    }
}

impl ProviderSet {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn insert(&mut self, id: ProviderId) {
        let (word, bit) = (usize::from(id) / 64, u32::from(id) % 64);
        if self.words.len() <= word {
            self.words.resize(word + 1, 0);
        }
        self.words[word] |= 1u64 << bit;
    }

    pub fn contains(&self, id: ProviderId) -> bool {
        let (word, bit) = (usize::from(id) / 64, u32::from(id) % 64);
        self.words.get(word).is_some_and(|w| w & (1u64 << bit) != 0)
    }

    pub fn is_empty(&self) -> bool {
        self.words.iter().all(|w| *w == 0)
    }

    pub fn len(&self) -> usize {
        self.words.iter().fold(0, |n, w| n + w.count_ones() as usize)
    }

    /// Members in ascending id order, which is slug order.
    pub fn iter(&self) -> impl Iterator<Item = ProviderId> + '_ {
        self.words.iter().enumerate().flat_map(|(i, &word)| {
            let mut rest = word;
            std::iter::from_fn(move || {
                if rest == 0 {
                    return None;
                }
                let bit = rest.trailing_zeros();
                rest &= rest - 1;
                Some((i * 64) as ProviderId + bit as ProviderId)
            })
        })
    }

    fn word(&self, i: usize) -> u64 {
        self.words.get(i).copied().unwrap_or(0)
    }

    #[inline]
    fn combine(&self, other: &Self, op: impl Fn(u64, u64) -> u64) -> Self {
        if let (Ok(a), Ok(b)) =
            (<&[u64; INLINE]>::try_from(self.words.as_slice()), <&[u64; INLINE]>::try_from(other.words.as_slice()))
        {
            return Self { words: SmallVec::from_buf(std::array::from_fn(|i| op(a[i], b[i]))) };
        }
        let len = self.words.len().max(other.words.len());
        Self { words: (0..len).map(|i| op(self.word(i), other.word(i))).collect() }
    }

    pub fn intersection(&self, other: &Self) -> Self {
        self.combine(other, |a, b| a & b)
    }

    pub fn union(&self, other: &Self) -> Self {
        self.combine(other, |a, b| a | b)
    }

    pub fn difference(&self, other: &Self) -> Self {
        self.combine(other, |a, b| a & !b)
    }

    /// The size of the set computed word by word from `sets` by `op`, without building it.
    pub fn count_with<const N: usize>(sets: [&ProviderSet; N], op: impl Fn([u64; N]) -> u64) -> usize {
        if sets.iter().all(|s| s.words.len() == INLINE) {
            // Every set inline: fixed-size loops the compiler unrolls.
            let words: [&[u64]; N] = sets.map(|s| s.words.as_slice());
            return (0..INLINE).map(|i| op(words.map(|w| w[i])).count_ones() as usize).sum();
        }
        let len = sets.iter().map(|s| s.words.len()).max().unwrap_or(0);
        (0..len).map(|i| op(sets.map(|s| s.word(i))).count_ones() as usize).sum()
    }

    /// Whether `self & allowed & !blocked` is non-empty, without building the set.
    pub fn intersects_excluding(&self, allowed: &Self, blocked: &Self) -> bool {
        (0..self.words.len()).any(|i| self.word(i) & allowed.word(i) & !blocked.word(i) != 0)
    }
}

impl PartialEq for ProviderSet {
    /// Trailing zero words do not make two sets different.
    fn eq(&self, other: &Self) -> bool {
        let len = self.words.len().max(other.words.len());
        (0..len).all(|i| self.word(i) == other.word(i))
    }
}

impl Eq for ProviderSet {}

impl FromIterator<ProviderId> for ProviderSet {
    fn from_iter<I: IntoIterator<Item = ProviderId>>(iter: I) -> Self {
        let mut set = Self::new();
        for id in iter {
            set.insert(id);
        }
        set
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(ids: &[ProviderId]) -> ProviderSet {
        ids.iter().copied().collect()
    }

    #[test]
    fn set_operations() {
        type Sets<'a> = [&'a [ProviderId]; 5];
        let cases: [Sets; 4] = [
            // a, b, a & b, a | b, a - b
            [&[1, 2, 3], &[2, 3, 4], &[2, 3], &[1, 2, 3, 4], &[1]],
            [&[0, 64, 300], &[300], &[300], &[0, 64, 300], &[0, 64]],
            [&[], &[5], &[], &[5], &[]],
            [&[255, 256], &[], &[], &[255, 256], &[255, 256]],
        ];
        for [a, b, and, or, minus] in cases {
            let (a, b) = (set(a), set(b));
            assert_eq!(a.intersection(&b), set(and), "{a:?} & {b:?}");
            assert_eq!(a.union(&b), set(or), "{a:?} | {b:?}");
            assert_eq!(a.difference(&b), set(minus), "{a:?} - {b:?}");
            assert_eq!(a.intersects_excluding(&b, &ProviderSet::new()), !set(and).is_empty());
            assert_eq!(ProviderSet::count_with([&a, &b], |[x, y]| x & !y), set(minus).len());
            assert_eq!(a.clone(), a);
        }
    }

    #[test]
    fn iteration_is_ascending_and_len_counts() {
        let s = set(&[300, 3, 64, 0]);
        assert_eq!(s.iter().collect::<Vec<_>>(), [0, 3, 64, 300]);
        assert_eq!(s.len(), 4);
        assert!(s.contains(64) && !s.contains(65) && !s.contains(1000));
    }

    #[test]
    fn equality_ignores_trailing_zero_words() {
        let mut a = set(&[1, 200]);
        let b = set(&[1]);
        assert_ne!(a, b);
        a = a.difference(&set(&[200]));
        assert_eq!(a, b);
        assert!(set(&[]).is_empty() && set(&[130]).difference(&set(&[130])).is_empty());
    }
}
