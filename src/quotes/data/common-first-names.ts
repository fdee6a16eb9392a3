/**
 * Common English first names by the gender they are almost always used for, including the
 * familiar forms news writing uses (`Bill`, `Ted`, `Bernie`). Hand-written from the most common
 * given names of the U.S. Social Security popular-names tables (births 1930–1990); these take
 * precedence over the generated lists in `first-names.ts`, which leave out every name that the
 * source lists give to both sexes.
 */

/** Common male first names, lower case, space-separated. */
export const COMMON_MALE_FIRST_NAMES: string =
  'aaron adam alan albert alex alexander alfred andrew andy anthony arthur barack ben benjamin bernard bernie bill billy bob bobby brad bradley brandon brian bruce bryan carl carlos charles charlie chris christopher chuck clarence craig curtis dan daniel danny darrell dave david dennis dick don donald doug douglas earl ed eddie edward eric ernest eugene frank fred frederick gary george gerald glenn gordon greg gregory harold harry henry howard jack jacob jake james jason jeb jeff jeffery jeffrey jeremy jerry jesse jim jimmy joe joel john johnny jon jonathan jose joseph josh joshua juan justin keith ken kenneth kevin larry lawrence lee leonard louis luis marco marcus mark martin matt matthew michael mike mitch mitt nathan nicholas nick norman patrick paul peter phil philip phillip ralph randy ray raymond reince richard rick rob robert rodney roger ron ronald roy russell ryan sam samuel scott sean stephen steve steven ted terry thomas tim timothy todd tom tommy tony troy victor vincent walter wayne william willie';

/** Common female first names, lower case, space-separated. */
export const COMMON_FEMALE_FIRST_NAMES: string =
  'alice alyssa amanda amy andrea angela angie ann anna anne annie ashley barbara betty beverly brenda carly carol caroline carolyn catherine cheryl christina christine cindy claire cynthia deborah debbie debra denise diana diane donna doris dorothy elizabeth emily emma evelyn frances gloria grace heather helen hillary irene jacqueline jane janet janice jean jennifer jessica joan joyce judith judy julia julie karen katherine kathleen kathryn kathy kelly kim kimberly laura lauren linda lisa lois lori louise madeleine margaret maria marie marilyn martha mary megan melania melissa michelle monica nancy nicole nikki pamela patricia paula peggy rachel rebecca rose ruth sally samantha sandra sara sarah sharon shirley stephanie susan tammy teresa theresa tina virginia wanda wendy';
