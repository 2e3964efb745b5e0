namespace Extraction.Text;

/// <summary>
/// FNV-1a hashing of text, stable across processes and machines (unlike <see cref="string.GetHashCode()"/>),
/// so hashed features computed at training time match those computed at run time.
/// </summary>
public static class StableHash
{
    public const ulong Seed = 14695981039346656037UL;

    /// <summary>Continues a hash with the UTF-16 units of <paramref name="text"/>.</summary>
    public static ulong Append(ulong hash, ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }
        return hash;
    }

    /// <summary>Continues a hash with one number.</summary>
    public static ulong Append(ulong hash, ulong value)
    {
        for (int i = 0; i < 8; i++)
        {
            hash = (hash ^ (value & 0xFF)) * 1099511628211UL;
            value >>= 8;
        }
        return hash;
    }

    public static ulong Of(ReadOnlySpan<char> text) => Append(Seed, text);

    /// <summary>Spreads the bits so low bits are usable as a bucket index.</summary>
    public static ulong Finish(ulong hash)
    {
        hash ^= hash >> 33;
        hash *= 0xff51afd7ed558ccdUL;
        hash ^= hash >> 33;
        hash *= 0xc4ceb9fe1a85ec53UL;
        return hash ^ (hash >> 33);
    }
}
