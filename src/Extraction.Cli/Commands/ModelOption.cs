using Extraction.Pipeline;

namespace Extraction.Cli.Commands;

/// <summary>Loads the model named by <c>--model</c>, or the default one; reports a missing model in one line.</summary>
internal static class ModelOption
{
    public static ModelBundle? Load(string? directory)
    {
        string path = directory ?? ModelBundle.DefaultDirectory();
        if (!ModelBundle.Exists(path))
        {
            Console.Error.WriteLine($"model not found: {path} (train one with: train -o {path})");
            return null;
        }
        try
        {
            return ModelBundle.Load(path);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or System.Text.Json.JsonException)
        {
            Console.Error.WriteLine($"model unreadable: {path}: {e.Message}");
            return null;
        }
    }
}
