using CoProWidgets.Screening;

namespace CoProWidgets.Tests.Screening;

/// <summary>Safeguarding concerns in the phrases people use, and the look-alikes that are about services.</summary>
public sealed class SafeguardingScreeningTests
{
    [Theory]
    [InlineData("I have started cutting again", "self-harm or suicide")]
    [InlineData("i dont want to be here any more", "self-harm or suicide")]
    [InlineData("thought about ending it", "self-harm or suicide")]
    [InlineData("took too many tablets on purpose", "self-harm or suicide")]
    [InlineData("he hits the children when he drinks", "domestic abuse")]
    [InlineData("domestic abuse is happening in my house right now", "domestic abuse")]
    [InlineData("I feel suicidal most nights", "self-harm or suicide")]
    [InlineData("I have thought about suicide", "self-harm or suicide")]
    [InlineData("Two years ago I tried suicide. I'm ok now, honestly, but most nights I feel suicidal again.", "self-harm or suicide")]
    [InlineData("The domestic abuse services never rang back and I'm still living with him.", "domestic abuse")]
    [InlineData("I asked reception for information about domestic abuse as things at home have got really bad", "domestic abuse")]
    [InlineData("my partner won't let me see my friends", "domestic abuse")]
    [InlineData("she controls all my money", "financial abuse")]
    [InlineData("left in a wet bed for hours", "neglect")]
    [InlineData("mum wasn't fed", "neglect")]
    [InlineData("nobody turned her", "neglect")]
    [InlineData("the carer shouts at him and pushes him", "abuse by a carer or staff")]
    [InlineData("my nephew takes her pension", "financial abuse")]
    [InlineData("the kids are left home alone", "child at risk")]
    [InlineData("he threatened to kill me", "threat")]
    [InlineData("he touched me inappropriately", "sexual abuse")]
    [InlineData("the boss keeps their passports", "modern slavery")]
    [InlineData("I'm scared to go home", "fear at home")]
    [InlineData("my nephew shoves her when she's slow", "domestic abuse")]
    [InlineData("one of them pinches her arm", "domestic abuse")]
    [InlineData("been stockpiling my sleeping pills", "self-harm or suicide")]
    [InlineData("if i didnt have the dog id have ended it by now", "self-harm or suicide")]
    [InlineData("he's got my passport and my bank details", "financial abuse")]
    [InlineData("they leave her in bed all day in a wet nightie", "neglect")]
    [InlineData("she looks frightened all the time now", "fear at home")]
    [InlineData("says if i tell my social worker she'll send me away", "threat")]
    public void AConcernPutAsPeoplePutIt_IsFoundAndNamed(string text, string concern)
    {
        Assert.Contains(AnswerScreen.Screen(text).Findings, finding => finding.Kind == ScreeningKind.Safeguarding && finding.Concern == concern);
    }

    [Theory]
    [InlineData("the abuse of the parking system")]
    [InlineData("Our council should fund domestic abuse services properly, one refuge for a county is not enough")]
    [InlineData("The cards about self-harm by the sinks in A&E are kind and clear")]
    [InlineData("Staff went on a course on spotting financial abuse and it showed")]
    [InlineData("There's a poster in the waiting room about domestic abuse with tear-off strips")]
    [InlineData("I was suicidal after my redundancy six years ago. I'm well now and the crisis line helped.")]
    [InlineData("I'd kill for a Saturday appointment")]
    [InlineData("the wait was torture")]
    [InlineData("staff were not abusive at all")]
    [InlineData("it's hit and miss")]
    [InlineData("the drop-in is great")]
    [InlineData("cut the waiting list")]
    [InlineData("cutting edge scanner")]
    [InlineData("i did a self-referral")]
    [InlineData("the referral was neglected")]
    [InlineData("the nurse pushed my dad in his wheelchair")]
    [InlineData("the pain was killing me")]
    [InlineData("she was fed up waiting")]
    [InlineData("nobodys ever raised a hand to me")]
    [InlineData("he has never hit me")]
    [InlineData("they beat me to it and rang first")]
    [InlineData("they beat their 4 hour target")]
    [InlineData("I could murder a cup of tea")]
    [InlineData("the nurse hurt me taking bloods but was lovely")]
    [InlineData("they wouldn't let me see my mum during covid")]
    [InlineData("they wouldnt let me see a doctor just a nurse")]
    [InlineData("the staff are scared to speak up about shortages")]
    [InlineData("I collect my tablets from the chemist")]
    public void WordsThatOnlyLookLikeAConcern_AreNotFlagged(string text) => ScreeningAssert.DoesNotFind(ScreeningKind.Safeguarding, text);

    [Fact]
    public void CurlyApostrophes_AreReadAsStraightOnes()
    {
        ScreeningAssert.Finds(ScreeningKind.Safeguarding, "my partner won\u2019t let me see my friends");
    }
}
