//! Not a CPython header: reads and writes the C bit-fields of a struct, for the accessor
//! methods the generator gives their owners (`PyThreadStateStatus::initialized`...).
//!
//! A struct's bit-fields are stored as bytes, `[u8; N]`, as C lays them out. Bit `i` of
//! that storage is bit `i % 8` of byte `i / 8` on little-endian targets and bit
//! `7 - i % 8` on big-endian ones, where compilers fill bit-fields from the most
//! significant bit; a field's value keeps the same order (the numbering bindgen uses).

/// Bit `index` of the storage.
#[inline]
const fn bit<const N: usize>(unit: &[u8; N], index: usize) -> bool {
    let shift = if cfg!(target_endian = "big") {
        7 - index % 8
    } else {
        index % 8
    };
    unit[index / 8] >> shift & 1 == 1
}

/// Where bit `i` of a field `width` bits wide lands in its value.
#[inline]
const fn value_bit(i: usize, width: usize) -> usize {
    if cfg!(target_endian = "big") {
        width - 1 - i
    } else {
        i
    }
}

/// The `width`-bit field that starts at bit `offset`, zero-extended.
#[inline]
pub(crate) const fn get<const N: usize>(unit: &[u8; N], offset: usize, width: usize) -> u64 {
    let mut val = 0u64;
    let mut i = 0;
    while i < width {
        if bit(unit, offset + i) {
            val |= 1 << value_bit(i, width);
        }
        i += 1;
    }
    val
}

/// Stores the low `width` bits of `val` in the field that starts at bit `offset`.
#[inline]
pub(crate) fn set<const N: usize>(unit: &mut [u8; N], offset: usize, width: usize, val: u64) {
    for i in 0..width {
        let index = offset + i;
        let shift = if cfg!(target_endian = "big") {
            7 - index % 8
        } else {
            index % 8
        };
        let byte = &mut unit[index / 8];
        if val >> value_bit(i, width) & 1 == 1 {
            *byte |= 1 << shift;
        } else {
            *byte &= !(1 << shift);
        }
    }
}
