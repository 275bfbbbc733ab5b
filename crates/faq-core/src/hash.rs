//! 64-bit FNV-1a: the hash of a folded term that the quick scanner gives
//! ([`crate::text::hashed_tokens`]).

/// Where a 64-bit FNV-1a hash starts.
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
pub(crate) const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// The 64-bit FNV-1a hash of `bytes`, continuing from `hash` (start from
/// [`FNV_OFFSET`]): the hash of a concatenation continues the hash of its
/// first part.
pub fn fnv(mut hash: u64, bytes: impl IntoIterator<Item = u8>) -> u64 {
    for byte in bytes {
        hash = (hash ^ u64::from(byte)).wrapping_mul(FNV_PRIME);
    }
    hash
}
