namespace CoProWidgets.Principles;

/// <summary>How a principles panel lays out its sections; set by the <c>layout</c> front matter field.</summary>
public enum PrinciplesLayout
{
    /// <summary><c>numbered</c>: a numbered list of principles, each a short title and an explanation.</summary>
    Numbered,

    /// <summary><c>phases</c>: stages of work in order, such as Preparing, Doing and Developing, each with its practices.</summary>
    Phases,

    /// <summary><c>cards</c>: a grid of cards, each a title and a short text, for points that have no order.</summary>
    Cards,
}
