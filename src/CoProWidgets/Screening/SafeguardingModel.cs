using System.Globalization;

namespace CoProWidgets.Screening;

/// <summary>
/// Scores how much a written answer reads like a safeguarding concern, whatever its words, from its sentence embedding
/// (<see cref="TextEmbedder"/>): a story ("the curtains haven't opened in a fortnight") lies near other concerns in
/// meaning even when it shares no phrase with them. The score is a logistic regression over the embedding plus how
/// much nearer the answer is to its nearest labelled concerns than to its nearest other answers (the labelled
/// answers' embeddings ship with it), which catches kinds of concern the straight line between the two misses. The
/// shipped model (<c>SafeguardingModel.txt</c>, <c>SafeguardingExamples.bin</c>) is trained from the labelled corpora
/// in the tests, and a test retrains it and fails if it differs. The threshold is set on the training answers (each
/// scored without itself among the neighbours) so that about one harmless answer in twenty scores above it: the queue
/// leans towards a person reading too much rather than too little.
/// </summary>
internal sealed class SafeguardingModel
{
    /// <summary>The kind of concern a finding of the model names: it reads the whole, so it cannot say which kind.</summary>
    public const string Concern = "possible concern (read as a whole)";

    /// <summary>How many nearest concerns, and nearest other answers, the score compares.</summary>
    public const int Neighbours = 5;

    /// <summary>How much the nearness to concerns counts against the regression (similarities are between -1 and 1).</summary>
    public const double NeighbourWeight = 20;

    private const string ResourceName = "CoProWidgets.Screening.SafeguardingModel.txt";
    private const string ExamplesResourceName = "CoProWidgets.Screening.SafeguardingExamples.bin";

    private readonly double[] _weights;
    private readonly (float[] Embedding, bool Concern)[] _examples;

    public SafeguardingModel(double bias, IReadOnlyList<double> weights, double threshold, IReadOnlyList<(float[] Embedding, bool Concern)> examples)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(examples);
        if (examples.Count(example => example.Concern) <= Neighbours || examples.Count(example => !example.Concern) <= Neighbours
            || !double.IsFinite(bias) || !double.IsFinite(threshold) || weights.Any(weight => !double.IsFinite(weight))
            || examples.Any(example => example.Embedding.Any(value => !float.IsFinite(value)))
            || examples.Any(example => example.Embedding.Length != TextEmbedder.Dimensions))
        {
            throw new ArgumentException($"A model needs finite numbers and more than {Neighbours} examples of each kind, each of {TextEmbedder.Dimensions} numbers.", nameof(examples));
        }

        if (weights.Count != TextEmbedder.Dimensions)
        {
            throw new ArgumentException($"A model has {TextEmbedder.Dimensions} weights, not {weights.Count}.", nameof(weights));
        }

        Bias = bias;
        _weights = [.. weights];
        Threshold = threshold;
        _examples = [.. examples];
    }

    /// <summary>The model shipped with the library.</summary>
    public static SafeguardingModel Shipped { get; } = LoadShipped();

    public double Bias { get; }

    public IReadOnlyList<double> Weights => _weights;

    /// <summary>The labelled answers' embeddings the neighbours are found among.</summary>
    public IReadOnlyList<(float[] Embedding, bool Concern)> Examples => _examples;

    /// <summary>Scores above this are possible concerns.</summary>
    public double Threshold { get; }

    /// <summary>The score of the text embedded: above <see cref="Threshold"/>, a possible concern.</summary>
    public double Score(ReadOnlySpan<float> embedding) => Score(embedding, except: -1);

    /// <summary>The score of an embedding with the example at <paramref name="except"/> left out of the neighbours (its own score in training).</summary>
    public double Score(ReadOnlySpan<float> embedding, int except)
    {
        if (embedding.Length != _weights.Length)
        {
            throw new ArgumentException($"An embedding has {_weights.Length} numbers, not {embedding.Length}.", nameof(embedding));
        }

        var score = Bias;
        for (var i = 0; i < _weights.Length; i++)
        {
            score += _weights[i] * embedding[i];
        }

        return score + (NeighbourWeight * Nearness(embedding, except));
    }

    // The mean similarity of the nearest concerns less that of the nearest other answers.
    private double Nearness(ReadOnlySpan<float> embedding, int except)
    {
        Span<double> concerns = stackalloc double[Neighbours];
        Span<double> others = stackalloc double[Neighbours];
        concerns.Fill(double.MinValue);
        others.Fill(double.MinValue);
        for (var i = 0; i < _examples.Length; i++)
        {
            if (i != except)
            {
                var (example, concern) = _examples[i];
                var similarity = 0.0;
                for (var d = 0; d < example.Length; d++)
                {
                    similarity += example[d] * embedding[d];
                }

                KeepLargest(concern ? concerns : others, similarity);
            }
        }

        return (Sum(concerns) - Sum(others)) / Neighbours;
    }

    private static void KeepLargest(Span<double> largest, double value)
    {
        var smallest = 0;
        for (var i = 1; i < largest.Length; i++)
        {
            smallest = largest[i] < largest[smallest] ? i : smallest;
        }

        if (value > largest[smallest])
        {
            largest[smallest] = value;
        }
    }

    private static double Sum(Span<double> values)
    {
        var sum = 0.0;
        foreach (var value in values)
        {
            sum += value;
        }

        return sum;
    }

    /// <summary>
    /// Reads a model written by <see cref="Write"/>: lines of <c>name value</c>, <c>#</c> comments, weights one a
    /// line, and its examples from <paramref name="examples"/> (<see cref="WriteExamples"/>).
    /// </summary>
    public static SafeguardingModel Read(TextReader reader, Stream examples)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(examples);
        double? bias = null, threshold = null;
        var weights = new List<double>(TextEmbedder.Dimensions);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var (name, value) = line.IndexOf(' ', StringComparison.Ordinal) is var space and > 0
                ? (line[..space], double.Parse(line[(space + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture))
                : throw new FormatException($"A model's line is a name and a number: '{line}'.");
            switch (name)
            {
                case "bias": bias = value; break;
                case "threshold": threshold = value; break;
                case "w": weights.Add(value); break;
                default: throw new FormatException($"A model has no '{name}'.");
            }
        }

        return new(bias ?? throw new FormatException("The model has no bias."), weights, threshold ?? throw new FormatException("The model has no threshold."), ReadExamples(examples));
    }

    /// <summary>Writes the examples: their count, then for each a byte (1 for a concern) and its embedding, little-endian.</summary>
    public void WriteExamples(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(_examples.Length);
        foreach (var (embedding, concern) in _examples)
        {
            writer.Write(concern ? (byte)1 : (byte)0);
            foreach (var value in embedding)
            {
                writer.Write(value);
            }
        }
    }

    private static (float[], bool)[] ReadExamples(Stream stream)
    {
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        var examples = new (float[], bool)[reader.ReadInt32()];
        for (var i = 0; i < examples.Length; i++)
        {
            var concern = reader.ReadByte() == 1;
            var embedding = new float[TextEmbedder.Dimensions];
            for (var d = 0; d < embedding.Length; d++)
            {
                embedding[d] = reader.ReadSingle();
            }

            examples[i] = (embedding, concern);
        }

        return stream.ReadByte() == -1 ? examples : throw new FormatException("The model's examples run on past their count.");
    }

    /// <summary>Writes the model with <paramref name="comments"/> first, each on a <c>#</c> line.</summary>
    public void Write(TextWriter writer, IEnumerable<string> comments)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(comments);
        foreach (var comment in comments)
        {
            writer.WriteLine($"# {comment}");
        }

        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"threshold {Threshold:R}"));
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bias {Bias:R}"));
        foreach (var weight in _weights)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"w {weight:R}"));
        }
    }

    private static SafeguardingModel LoadShipped()
    {
        using var stream = Resource(ResourceName);
        using var examples = Resource(ExamplesResourceName);
        using var reader = new StreamReader(stream);
        return Read(reader, examples);
    }

    private static Stream Resource(string name) =>
        typeof(SafeguardingModel).Assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"The library lacks its resource {name}.");
}
