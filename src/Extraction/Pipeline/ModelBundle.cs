using System.Text.Json;
using Extraction.Lexicons;
using Extraction.Relations;
using Extraction.Tagging;
using Extraction.Training;

namespace Extraction.Pipeline;

/// <summary>
/// A model directory: the tagger's weights (weights.bin), its metadata (meta.json) and the lexicons it
/// was trained with (lexicons/), so a model carries everything it needs to run.
/// </summary>
public sealed class ModelBundle
{
    public const string WeightsFile = "weights.bin";
    public const string RelationsFile = "relations.bin";
    public const string MetaFile = "meta.json";
    public const string LexiconFolder = "lexicons";

    private ModelBundle(string directory, TaggerModel tagger, RelationModel? relations, LexiconSet lexicons, ModelMeta meta)
    {
        Relations = relations;
        Directory = directory;
        Tagger = tagger;
        Lexicons = lexicons;
        Meta = meta;
    }

    public string Directory { get; }

    public TaggerModel Tagger { get; }

    /// <summary>The learned linker, or null when the pattern linker scored better and is used.</summary>
    public RelationModel? Relations { get; }

    public LexiconSet Lexicons { get; }

    public ModelMeta Meta { get; }

    /// <summary>Whether <paramref name="directory"/> holds a model.</summary>
    public static bool Exists(string directory) =>
        File.Exists(Path.Combine(directory, WeightsFile)) && File.Exists(Path.Combine(directory, MetaFile));

    public static ModelBundle Load(string directory)
    {
        var meta = JsonSerializer.Deserialize<ModelMeta>(File.ReadAllText(Path.Combine(directory, MetaFile)))
            ?? throw new InvalidDataException($"{directory}/{MetaFile} is empty");
        if (meta.FeatureVersion != FeatureExtractor.Version)
        {
            throw new InvalidDataException($"the model in {directory} uses features version {meta.FeatureVersion}; this program computes version {FeatureExtractor.Version}: retrain it");
        }
        var lexicons = LexiconSet.Load(Path.Combine(directory, LexiconFolder));
        string relations = Path.Combine(directory, RelationsFile);
        var linker = meta.Relations.Linker == "learned" && File.Exists(relations) ? RelationModel.Load(relations) : null;
        return new ModelBundle(directory, TaggerModel.Load(Path.Combine(directory, WeightsFile)), linker, lexicons, meta);
    }

    /// <summary>Writes a model directory, copying the lexicons it was trained with.</summary>
    public static void Save(string directory, TaggerModel tagger, RelationModel? relations, string lexiconDirectory, ModelMeta meta)
    {
        System.IO.Directory.CreateDirectory(directory);
        tagger.Save(Path.Combine(directory, WeightsFile));
        string relationsPath = Path.Combine(directory, RelationsFile);
        if (relations is not null)
        {
            relations.Save(relationsPath);
        }
        else if (File.Exists(relationsPath))
        {
            File.Delete(relationsPath);
        }
        string lexicons = Path.Combine(directory, LexiconFolder);
        System.IO.Directory.CreateDirectory(lexicons);
        foreach (string old in System.IO.Directory.GetFiles(lexicons))
        {
            File.Delete(old);
        }
        if (System.IO.Directory.Exists(lexiconDirectory))
        {
            foreach (string file in System.IO.Directory.GetFiles(lexiconDirectory))
            {
                File.Copy(file, Path.Combine(lexicons, Path.GetFileName(file)));
            }
        }
        File.WriteAllText(Path.Combine(directory, MetaFile), JsonSerializer.Serialize(meta, new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }

    /// <summary>
    /// The default model: models/tagger beside the program (copied there at build), else under the
    /// current directory or one of its parents (a repository checkout).
    /// </summary>
    public static string DefaultDirectory()
    {
        string beside = Path.Combine(AppContext.BaseDirectory, "models", "tagger");
        if (Exists(beside))
        {
            return beside;
        }
        for (var dir = new DirectoryInfo(System.IO.Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "models", "tagger");
            if (Exists(candidate))
            {
                return candidate;
            }
        }
        return beside;
    }
}
