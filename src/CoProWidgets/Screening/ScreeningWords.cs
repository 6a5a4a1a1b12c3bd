namespace CoProWidgets.Screening;

/// <summary>
/// Word lists the patterns check their matches against, because a pattern alone cannot tell "my husband Gary" from
/// "my husband said" or "on Rowan ward" from "on the stroke ward" when people write in lower case.
/// </summary>
internal static class ScreeningWords
{
    /// <summary>Words that are never a name, a street's name or a ward's name.</summary>
    public static readonly HashSet<string> Common = new(
        """
        a about above after again against all also always am an and another any anyone are as at away back bad be
        because been before being below best better between big both but by came can cant can't come comes could
        day days did didnt didn't do does doesnt doesn't doing done dont don't down during each else even ever every
        few first for from gave get gets getting give given go goes going gone good got great had has hasnt have
        having he her here hers herself him himself his how however i if i'm im in into is isnt isn't it its it's
        just kept kind know last later least left less like little long lot lovely made make many may me more most
        much must my myself never new next nice no nobody none nor not nothing now of off often oh ok okay old on
        once one only or other our out over own past please put quite rather really right said same saw say says
        see seemed seems seen sent she should since so some someone something sometimes soon still such sure take
        taken than thank thanks that thats that's the their them then there these they this those though through
        to today told too took towards two under until up upon us very was wasnt wasn't way we well went were what
        when where whether which while who whom whose why will with without would wouldnt yes yet you your
        asked called phoned rang listened explained examined checked prescribed referred helped looked spoke
        seemed treated wants wanted needs needed tried keeps just also ever hours hour minutes mins minute weeks week
        months month years year nights night times time miles mile yards metres am pm mg ml
        nhs gp gps a&e doctor doctors nurse nurses hospital surgery practice appointment appointments staff team
        receptionist reception ward wards bed beds clinic service services care carers carer waiting list
        monday tuesday wednesday thursday friday saturday sunday january february march april june july august
        september october november december
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// First names common in England, for names written in lower case ("my wife jean"); names that are also
    /// ordinary words (will, mark, grace, may) are left out because "my carer will" is not a name.
    /// </summary>
    public static readonly HashSet<string> FirstNames = new(
        """
        gary jean john david paul peter michael steven stephen andrew james robert richard tony anthony kevin brian
        alan ian colin keith barry graham derek trevor terry geoff geoffrey dave steve mike chris simon neil darren
        lee craig wayne jason dean shaun sean tom thomas dan daniel matt matthew ben sam luke adam jamie ryan liam
        josh joshua jack harry charlie george alfie oliver noah leo archie freddie oscar mohammed muhammad ali
        ahmed imran tariq raj ravi sanjay arjun priya anita sunita asha aisha fatima ayesha zara amina yasmin
        mary margaret patricia linda barbara susan sue elizabeth jennifer maria sarah karen nancy lisa betty helen
        sandra donna carol ruth sharon michelle laura kimberly deborah debbie jessica shirley cynthia angela melissa
        brenda amy anna rebecca virginia kathleen pamela martha debra amanda stephanie carolyn christine marie janet
        catherine frances ann anne joyce diane alice julie heather teresa doris gloria evelyn cheryl mildred
        katherine joan ashley judith rose janice kelly nicole judy christina kathy theresa beverly bev denise
        tammy irene jane lori rachel marilyn andrea kathryn louise sara anne jacqueline wanda bonnie julia ruby lois
        tina phyllis norma paula diana annie lillian emily robin peggy crystal gladys rita dawn connie florence
        edna tracey tracy maureen pauline sheila brenda eileen jackie wendy lesley gillian gill hazel valerie val
        sylvia beryl doreen elsie ethel iris marjorie mavis vera winifred olive nora norah kath kathy chloe emma
        olivia sophie lucy ellie jade megan hannah katie holly amelia isla ava mia poppy freya lily evie
        nathan kyle callum connor reece jordan bradley
        marcus kieran bernard des len ashok anwar lily thomas josh jim jimmy bob bobby ron ronnie ken
        kenneth stan stanley frank fred albert arthur ernest ernie harold walter wilf norman roy ray reg reginald
        cyril sid sidney bert herbert leonard dennis donald doug douglas eric gordon malcolm martin nigel philip
        phil roger stuart tim timothy vincent vince glen glenn carl karl shane gavin warren jake joe joseph
        joel kamal kamran nadeem naveen rajesh suresh deepak vikram amit rohan faisal hassan hussain omar yusuf
        bilal usman zain khalid rashid sajid shahid waqar asif arif javed pervez
        pat jan janet lynn lynne carole elaine gail gaynor jill joanne jo kerry mandy michaela nicola
        sally samantha stacey tanya tara toni vicky victoria kirsty leanne lorraine marian marion muriel nellie
        shelley sonia stella tess tessa yvonne zoe bernadette bridget siobhan kate
        agnes annette audrey beatrice cathy clare claire dorothy eleanor enid esther fiona
        gwen ivy jessie june lilian madeline maggie meg molly nina pearl rosemary
        shabana nasreen parveen rukhsana shazia farah nadia samina bushra
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Words before "ward" that say what kind of ward it is, not which one.</summary>
    public static readonly HashSet<string> WardTypes = new(
        """
        maternity children's childrens kids stroke cardiac cardiology surgical medical elderly geriatric mental
        psychiatric acute busy general same other another hospital labour postnatal post-natal antenatal ante-natal
        cancer oncology orthopaedic ortho respiratory covid isolation side main mixed male female womens women's
        mens men's assessment admissions admission discharge dementia renal gynae gynaecology paediatric paediatrics
        neonatal baby care older new big small single private emergency trauma burns eye ent urology haematology
        medicine rehab rehabilitation recovery observation wrong right next different open closed quiet noisy
        dirty clean nice horrible awful cold hot full empty high low day night whole surgery elderly's
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a word could be someone's name: capitalised and not a common word, or a known first name.</summary>
    public static bool CouldBeName(string word, bool anyCase)
    {
        if (word.Length < 2 || Common.Contains(word))
        {
            return false;
        }

        return anyCase || char.IsUpper(word[0]) || FirstNames.Contains(word);
    }
}
