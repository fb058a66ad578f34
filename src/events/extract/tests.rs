use super::*;

#[test]
fn clauses_split_at_conjunctions_before_a_new_subject() {
    let sentence = "The Islamists have encircled ten cities and skirmishes have broken out in Ghazni and Herat as troops continue their withdrawal.";
    let words = words(sentence);
    let parts: Vec<(&str, bool)> = clauses(sentence, &words)
        .into_iter()
        .map(|c| (sentence[c.span].trim(), c.subordinate))
        .collect();
    assert_eq!(
        parts,
        [
            ("The Islamists have encircled ten cities", false),
            ("and skirmishes have broken out in Ghazni and Herat", false),
            ("as troops continue their withdrawal.", true)
        ]
    );
}

#[test]
fn as_after_a_verb_of_role_is_a_preposition_not_a_clause() {
    let sentence = "Troops seized 30 men in Ghazni and forced them to work as porters.";
    let words = words(sentence);
    assert!(
        clauses(sentence, &words).iter().all(|c| !c.subordinate),
        "{:?}",
        clauses(sentence, &words)
    );
}

#[test]
fn a_since_clause_is_background() {
    let sentence = "Women marched in Kassala for sons missing since fighting erupted in Khartoum.";
    let words = words(sentence);
    let background: Vec<bool> = clauses(sentence, &words)
        .iter()
        .map(|c| c.background)
        .collect();
    assert_eq!(background, [false, true]);
}
