//! A zip file written as Python's `zipfile` writes `scripts/scorm.py`'s package on Unix or macOS
//! (on Windows it says "made on FAT" instead): every entry dated 1 January 2020, made on Unix with read-write permissions for its owner and read for the rest,
//! version 2.0, no extra fields, no comments, no data descriptors. The deflating is done outside
//! (the browser's own `CompressionStream`); an entry without it is stored as it is.

/// One file of the archive: its name, its bytes, and those bytes deflated (raw deflate, no
/// header) when they were.
pub struct Entry<'a> {
    pub name: &'a str,
    pub data: &'a [u8],
    pub deflated: Option<&'a [u8]>,
}

/// 2020-01-01 as an MS-DOS date; the time is midnight (0).
const DOS_DATE: u16 = ((2020 - 1980) << 9) | (1 << 5) | 1;
/// "Made by" version 2.0 on Unix (3): the two bytes of the central directory's first field.
const MADE_BY: [u8; 2] = [20, 3];
const NEEDED: u16 = 20;
/// `-rw-r--r--` in the high half, as Unix zip tools keep it.
const EXTERNAL: u32 = 0o644 << 16;
const STORED: u16 = 0;
const DEFLATED: u16 = 8;

/// The CRC-32 of `data` (the zip and PNG one: polynomial 0xEDB88320, reflected).
pub fn crc32(data: &[u8]) -> u32 {
    const TABLE: [u32; 256] = {
        let mut table = [0u32; 256];
        let mut i = 0;
        while i < 256 {
            let mut c = i as u32;
            let mut k = 0;
            while k < 8 {
                c = if c & 1 == 1 {
                    0xEDB8_8320 ^ (c >> 1)
                } else {
                    c >> 1
                };
                k += 1;
            }
            table[i] = c;
            i += 1;
        }
        table
    };
    !data.iter().fold(!0u32, |c, &b| {
        TABLE[((c ^ b as u32) & 0xFF) as usize] ^ (c >> 8)
    })
}

fn u16le(out: &mut Vec<u8>, v: u16) {
    out.extend_from_slice(&v.to_le_bytes());
}

fn u32le(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}

/// Why an archive could not be written: more than a plain zip holds (4 GB, 65,535 files).
#[derive(Debug, PartialEq)]
pub struct TooLarge;

/// The archive of `entries`, in their order.
pub fn write(entries: &[Entry]) -> Result<Vec<u8>, TooLarge> {
    let size = |n: usize| u32::try_from(n).map_err(|_| TooLarge);
    if entries.len() > usize::from(u16::MAX) {
        return Err(TooLarge);
    }
    let mut out = Vec::new();
    let mut central = Vec::new();
    for entry in entries {
        let offset = size(out.len())?;
        let (method, body) = match entry.deflated {
            Some(deflated) => (DEFLATED, deflated),
            None => (STORED, entry.data),
        };
        let crc = crc32(entry.data);
        let name = entry.name.as_bytes();
        let name_len = u16::try_from(name.len()).map_err(|_| TooLarge)?;
        // What the local header and the central directory share, from the flags on.
        let mut common = Vec::with_capacity(24);
        u16le(&mut common, 0); // flags: an ASCII name, sizes in the header
        u16le(&mut common, method);
        u16le(&mut common, 0); // time: midnight
        u16le(&mut common, DOS_DATE);
        u32le(&mut common, crc);
        u32le(&mut common, size(body.len())?);
        u32le(&mut common, size(entry.data.len())?);
        u16le(&mut common, name_len);
        u16le(&mut common, 0); // no extra field

        out.extend_from_slice(b"PK\x03\x04");
        u16le(&mut out, NEEDED);
        out.extend_from_slice(&common);
        out.extend_from_slice(name);
        out.extend_from_slice(body);

        central.extend_from_slice(b"PK\x01\x02");
        central.extend_from_slice(&MADE_BY);
        u16le(&mut central, NEEDED);
        central.extend_from_slice(&common);
        u16le(&mut central, 0); // no comment
        u16le(&mut central, 0); // disk 0
        u16le(&mut central, 0); // internal attributes
        u32le(&mut central, EXTERNAL);
        u32le(&mut central, offset);
        central.extend_from_slice(name);
    }
    let start = size(out.len())?;
    let count = entries.len() as u16;
    let central_len = size(central.len())?;
    out.extend_from_slice(&central);
    out.extend_from_slice(b"PK\x05\x06");
    u16le(&mut out, 0);
    u16le(&mut out, 0);
    u16le(&mut out, count);
    u16le(&mut out, count);
    u32le(&mut out, central_len);
    u32le(&mut out, start);
    u16le(&mut out, 0);
    size(out.len())?;
    Ok(out)
}
