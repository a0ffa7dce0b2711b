/**
 * The US states, one row each: the name as text writes it, the canonical name normalise gives the state (apart from
 * a country or city of the same name: "Georgia (US state)", "Washington State"), AP style's abbreviation after a
 * city ("Tenn.", "N.J."; none for the short names AP writes in full) and the USPS postal code.
 */
export interface UsState {
  name: string;
  canonical: string;
  ap: string | null;
  usps: string;
}

export const US_STATES: readonly UsState[] = `
Alabama Ala. AL|Alaska - AK|Arizona Ariz. AZ|Arkansas Ark. AR|California Calif. CA|Colorado Colo. CO|Connecticut Conn. CT|
Delaware Del. DE|Florida Fla. FL|Georgia Ga. GA|Hawaii - HI|Idaho - ID|Illinois Ill. IL|Indiana Ind. IN|Iowa - IA|
Kansas Kan. KS|Kentucky Ky. KY|Louisiana La. LA|Maine - ME|Maryland Md. MD|Massachusetts Mass. MA|Michigan Mich. MI|
Minnesota Minn. MN|Mississippi Miss. MS|Missouri Mo. MO|Montana Mont. MT|Nebraska Neb. NE|Nevada Nev. NV|
New_Hampshire N.H. NH|New_Jersey N.J. NJ|New_Mexico N.M. NM|New_York N.Y. NY|North_Carolina N.C. NC|North_Dakota N.D. ND|
Ohio - OH|Oklahoma Okla. OK|Oregon Ore. OR|Pennsylvania Pa. PA|Rhode_Island R.I. RI|South_Carolina S.C. SC|
South_Dakota S.D. SD|Tennessee Tenn. TN|Texas Tex. TX|Utah - UT|Vermont Vt. VT|Virginia Va. VA|Washington Wash. WA|
West_Virginia W.Va. WV|Wisconsin Wis. WI|Wyoming Wyo. WY`
  .split('|')
  .map((row) => row.trim().split(/\s+/))
  .map(([name, ap, usps]) => {
    const plain = name.replace(/_/g, ' ');
    const canonical = plain === 'Georgia' ? 'Georgia (US state)' : plain === 'Washington' ? 'Washington State' : plain;
    return { name: plain, canonical, ap: ap === '-' ? null : ap, usps };
  });
