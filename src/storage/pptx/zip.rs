//! The zip container of an Office file: written with deflated entries
//! (`miniz_oxide`, already shipped for share links), read back through the
//! central directory with every size bounded, so a hostile archive (a zip
//! bomb, sizes that lie, offsets out of the file) is refused, never trusted.

use miniz_oxide::{deflate::compress_to_vec, inflate::decompress_to_vec_with_limit};

/// The CRC-32 (IEEE) table, built at compile time.
const CRC_TABLE: [u32; 256] = {
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

/// The CRC-32 a zip entry records.
pub fn crc32(bytes: &[u8]) -> u32 {
    !bytes.iter().fold(!0u32, |c, &b| {
        CRC_TABLE[((c ^ u32::from(b)) & 0xFF) as usize] ^ (c >> 8)
    })
}

/// Writes entries one after the other, then the central directory.
#[derive(Default)]
pub struct ZipWriter {
    out: Vec<u8>,
    central: Vec<u8>,
    count: u16,
}

/// 1 January 2027, 00:00, in MS-DOS form: every entry gets the same date, so
/// a deck's bytes depend only on what it holds.
const DOS_TIME: u16 = 0;
const DOS_DATE: u16 = ((2027 - 1980) << 9) | (1 << 5) | 1;

impl ZipWriter {
    /// Adds a file, deflated.
    pub fn add(&mut self, name: &str, data: &[u8]) {
        let packed = compress_to_vec(data, 6);
        let (method, body): (u16, &[u8]) = if packed.len() < data.len() {
            (8, &packed)
        } else {
            (0, data)
        };
        let offset = self.out.len() as u32;
        let crc = crc32(data);
        let mut head = Vec::with_capacity(30 + name.len());
        head.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
        head.extend_from_slice(&20u16.to_le_bytes()); // version needed
        head.extend_from_slice(&0x0800u16.to_le_bytes()); // UTF-8 names
        head.extend_from_slice(&method.to_le_bytes());
        head.extend_from_slice(&DOS_TIME.to_le_bytes());
        head.extend_from_slice(&DOS_DATE.to_le_bytes());
        head.extend_from_slice(&crc.to_le_bytes());
        head.extend_from_slice(&(body.len() as u32).to_le_bytes());
        head.extend_from_slice(&(data.len() as u32).to_le_bytes());
        head.extend_from_slice(&(name.len() as u16).to_le_bytes());
        head.extend_from_slice(&0u16.to_le_bytes());
        // The central record repeats the local header's fields after its own
        // "version made by", then adds comment, disk, attributes and offset.
        self.central
            .extend_from_slice(&0x0201_4b50u32.to_le_bytes());
        self.central.extend_from_slice(&20u16.to_le_bytes());
        self.central.extend_from_slice(&head[4..30]);
        self.central.extend_from_slice(&[0; 6]); // comment, disk, internal attributes
        self.central.extend_from_slice(&0u32.to_le_bytes()); // external attributes
        self.central.extend_from_slice(&offset.to_le_bytes());
        self.central.extend_from_slice(name.as_bytes());
        self.out.extend_from_slice(&head);
        self.out.extend_from_slice(name.as_bytes());
        self.out.extend_from_slice(body);
        self.count += 1;
    }

    /// The archive.
    pub fn finish(mut self) -> Vec<u8> {
        let at = self.out.len() as u32;
        let size = self.central.len() as u32;
        self.out.append(&mut self.central);
        self.out.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
        self.out.extend_from_slice(&[0; 4]); // disk numbers
        self.out.extend_from_slice(&self.count.to_le_bytes());
        self.out.extend_from_slice(&self.count.to_le_bytes());
        self.out.extend_from_slice(&size.to_le_bytes());
        self.out.extend_from_slice(&at.to_le_bytes());
        self.out.extend_from_slice(&0u16.to_le_bytes());
        self.out
    }
}

/// Why an archive cannot be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ZipError {
    /// Not a zip archive, or a damaged one.
    NotZip,
    /// An entry larger than the reader accepts once unpacked.
    TooLarge,
}

/// One entry of an archive's central directory.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// Its path in the archive.
    pub name: String,
    method: u16,
    crc: u32,
    packed: usize,
    size: usize,
    offset: usize,
}

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(
        b.get(at..at.checked_add(2)?)?.try_into().ok()?,
    ))
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(
        b.get(at..at.checked_add(4)?)?.try_into().ok()?,
    ))
}

/// The entries of `zip`, from its central directory (at most 4096).
pub fn entries(zip: &[u8]) -> Result<Vec<Entry>, ZipError> {
    // The end record is in the last 22 bytes plus a comment of up to 64 KiB.
    let floor = zip.len().saturating_sub(22 + 0xFFFF);
    let end = (floor..=zip.len().saturating_sub(22))
        .rev()
        .find(|&i| u32_at(zip, i) == Some(0x0605_4b50))
        .ok_or(ZipError::NotZip)?;
    let count = usize::from(u16_at(zip, end + 10).ok_or(ZipError::NotZip)?);
    let mut at = u32_at(zip, end + 16).ok_or(ZipError::NotZip)? as usize;
    let mut out = Vec::with_capacity(count.min(4096));
    for _ in 0..count.min(4096) {
        if u32_at(zip, at) != Some(0x0201_4b50) {
            return Err(ZipError::NotZip);
        }
        let field = |o: usize| {
            u16_at(zip, at.checked_add(o).ok_or(ZipError::NotZip)?)
                .map(usize::from)
                .ok_or(ZipError::NotZip)
        };
        let word = |o: usize| {
            u32_at(zip, at.checked_add(o).ok_or(ZipError::NotZip)?).ok_or(ZipError::NotZip)
        };
        let (name_len, extra, comment) = (field(28)?, field(30)?, field(32)?);
        let name = zip
            .get(at + 46..at + 46 + name_len)
            .ok_or(ZipError::NotZip)?;
        out.push(Entry {
            name: String::from_utf8_lossy(name).into_owned(),
            method: field(10)? as u16,
            crc: word(16)?,
            packed: word(20)? as usize,
            size: word(24)? as usize,
            offset: word(42)? as usize,
        });
        at += 46 + name_len + extra + comment;
    }
    Ok(out)
}

/// The bytes of `entry`, at most `limit` of them once unpacked; checked
/// against the entry's CRC.
pub fn read(zip: &[u8], entry: &Entry, limit: usize) -> Result<Vec<u8>, ZipError> {
    if entry.size > limit {
        return Err(ZipError::TooLarge);
    }
    let local = entry.offset;
    if u32_at(zip, local) != Some(0x0403_4b50) {
        return Err(ZipError::NotZip);
    }
    // The header is there (its signature was read): these offsets are in it.
    let name_len = usize::from(u16_at(zip, local + 26).ok_or(ZipError::NotZip)?);
    let extra = usize::from(u16_at(zip, local + 28).ok_or(ZipError::NotZip)?);
    let start = local + 30 + name_len + extra;
    let body = zip
        .get(start..start.saturating_add(entry.packed))
        .ok_or(ZipError::NotZip)?;
    let data = match entry.method {
        0 if entry.packed == entry.size => body.to_vec(),
        8 => decompress_to_vec_with_limit(body, limit).map_err(|e| {
            if e.status == miniz_oxide::inflate::TINFLStatus::HasMoreOutput {
                ZipError::TooLarge
            } else {
                ZipError::NotZip
            }
        })?,
        _ => return Err(ZipError::NotZip),
    };
    if data.len() != entry.size || crc32(&data) != entry.crc {
        return Err(ZipError::NotZip);
    }
    Ok(data)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_crc_is_the_standard_one() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b""), 0);
    }

    #[test]
    fn entries_read_back_as_written() {
        let mut z = ZipWriter::default();
        z.add("a.xml", b"<a/>");
        z.add("dir/b.txt", "é".repeat(500).as_bytes());
        let zip = z.finish();
        let list = entries(&zip).unwrap_or_default();
        let names: Vec<&str> = list.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["a.xml", "dir/b.txt"]);
        assert_eq!(read(&zip, &list[0], 100), Ok(b"<a/>".to_vec()));
        assert_eq!(read(&zip, &list[1], 1000).map(|b| b.len()), Ok(1000));
        assert_eq!(read(&zip, &list[1], 999), Err(ZipError::TooLarge));
    }

    #[test]
    fn a_damaged_or_lying_archive_is_refused() {
        assert_eq!(entries(b"not a zip at all"), Err(ZipError::NotZip));
        assert_eq!(entries(b""), Err(ZipError::NotZip));
        let mut z = ZipWriter::default();
        z.add("x.txt", &[b'x'; 4000]);
        let zip = z.finish();
        let mut list = entries(&zip).unwrap_or_default();
        // A size that lies about what the deflated data unpacks to.
        list[0].size = 10;
        assert_eq!(read(&zip, &list[0], 10), Err(ZipError::TooLarge));
        // An offset past the end.
        list[0].size = 4000;
        list[0].offset = zip.len() + 5;
        assert_eq!(read(&zip, &list[0], 5000), Err(ZipError::NotZip));
        // A flipped byte in the data fails its CRC or its inflation.
        let mut bad = zip.clone();
        bad[40] ^= 0x55;
        let list = entries(&bad).unwrap_or_default();
        assert!(read(&bad, &list[0], 5000).is_err());
        // Every truncation is refused without a panic.
        for n in 0..zip.len() {
            if let Ok(list) = entries(&zip[..n]) {
                for e in &list {
                    let _ = read(&zip[..n], e, 5000);
                }
            }
        }
    }
}
