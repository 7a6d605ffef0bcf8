//! Serde helpers every data type may use (the bottom layer, beside [`crate::clock`]).

use serde::Deserialize;

/// Reads an optional field whose absence has a value (an empty list, `false`): an
/// explicit `null` reads as absent, as it does for every other optional field.
pub(crate) fn nullable<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Default + Deserialize<'de>,
{
    Ok(Option::<T>::deserialize(deserializer)?.unwrap_or_default())
}
