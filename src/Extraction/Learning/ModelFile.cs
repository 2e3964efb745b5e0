using System.IO.Compression;

namespace Extraction.Learning;

/// <summary>The framing shared by the model files: gzip'd binary starting with a magic string.</summary>
public static class ModelFile
{
    /// <summary>Creates <paramref name="path"/> and writes the magic string; the caller writes the body.</summary>
    public static void Write(string path, string magic, Action<BinaryWriter> body)
    {
        using var file = File.Create(path);
        using var zip = new GZipStream(file, CompressionLevel.SmallestSize);
        using var writer = new BinaryWriter(zip);
        writer.Write(magic);
        body(writer);
    }

    /// <summary>Opens <paramref name="path"/>, checks the magic string and reads the body.</summary>
    public static T Read<T>(string path, string magic, string kind, Func<BinaryReader, T> body)
    {
        using var file = File.OpenRead(path);
        using var zip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new BinaryReader(new BufferedStream(zip, 1 << 16));
        if (reader.ReadString() != magic)
        {
            throw new InvalidDataException($"{path} is not a {kind}");
        }
        return body(reader);
    }
}
