//! What happened, in ACLED's taxonomy: every [`EventKind`] (newsmap's own, finer where that
//! says more: siege, surrender, prison break, withdrawal, flight) belongs to one ACLED
//! [`SubEventType`], which belongs to one [`EventType`]. Conflict analysts think in ACLED's
//! types; the viewer's kind filter is this tree, and `--format acled` exports its names.

/// ACLED's event types.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EventType {
    /// Armed clashes and changes of territory by force.
    Battles,
    /// Explosions and remote violence: strikes, shelling, bombs.
    ExplosionsRemoteViolence,
    /// Violence against civilians.
    ViolenceAgainstCivilians,
    /// Protests.
    Protests,
    /// Riots.
    Riots,
    /// Strategic developments: agreements, arrests, looting, transfers of territory…
    StrategicDevelopments,
}

impl EventType {
    /// Every type, in ACLED's order.
    pub const ALL: [EventType; 6] = [
        Self::Battles,
        Self::ExplosionsRemoteViolence,
        Self::ViolenceAgainstCivilians,
        Self::Protests,
        Self::Riots,
        Self::StrategicDevelopments,
    ];

    /// ACLED's name.
    pub fn name(self) -> &'static str {
        match self {
            Self::Battles => "Battles",
            Self::ExplosionsRemoteViolence => "Explosions/Remote violence",
            Self::ViolenceAgainstCivilians => "Violence against civilians",
            Self::Protests => "Protests",
            Self::Riots => "Riots",
            Self::StrategicDevelopments => "Strategic developments",
        }
    }
}

/// ACLED's sub-event types.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SubEventType {
    /// Battles: armed clash.
    ArmedClash,
    /// Battles: government regains territory.
    GovernmentRegainsTerritory,
    /// Battles: non-state actor overtakes territory.
    NonStateActorOvertakesTerritory,
    /// Explosions: chemical weapon.
    ChemicalWeapon,
    /// Explosions: air or drone strike.
    AirDroneStrike,
    /// Explosions: suicide bomb.
    SuicideBomb,
    /// Explosions: shelling, artillery or missile attack.
    ShellingArtilleryMissile,
    /// Explosions: remote explosive, landmine or IED.
    RemoteExplosive,
    /// Explosions: grenade.
    Grenade,
    /// Violence against civilians: sexual violence.
    SexualViolence,
    /// Violence against civilians: attack.
    Attack,
    /// Violence against civilians: abduction or forced disappearance.
    Abduction,
    /// Protests: peaceful protest.
    PeacefulProtest,
    /// Protests: protest with intervention.
    ProtestWithIntervention,
    /// Protests: excessive force against protesters.
    ExcessiveForce,
    /// Riots: violent demonstration.
    ViolentDemonstration,
    /// Riots: mob violence.
    MobViolence,
    /// Strategic developments: agreement.
    Agreement,
    /// Strategic developments: arrests.
    Arrests,
    /// Strategic developments: change to group or activity.
    ChangeToGroup,
    /// Strategic developments: disrupted weapons use.
    DisruptedWeaponsUse,
    /// Strategic developments: headquarters or base established.
    BaseEstablished,
    /// Strategic developments: looting or property destruction.
    LootingDestruction,
    /// Strategic developments: non-violent transfer of territory.
    NonViolentTransfer,
    /// Strategic developments: other.
    Other,
}

impl SubEventType {
    /// ACLED's name.
    pub fn name(self) -> &'static str {
        match self {
            Self::ArmedClash => "Armed clash",
            Self::GovernmentRegainsTerritory => "Government regains territory",
            Self::NonStateActorOvertakesTerritory => "Non-state actor overtakes territory",
            Self::ChemicalWeapon => "Chemical weapon",
            Self::AirDroneStrike => "Air/drone strike",
            Self::SuicideBomb => "Suicide bomb",
            Self::ShellingArtilleryMissile => "Shelling/artillery/missile attack",
            Self::RemoteExplosive => "Remote explosive/landmine/IED",
            Self::Grenade => "Grenade",
            Self::SexualViolence => "Sexual violence",
            Self::Attack => "Attack",
            Self::Abduction => "Abduction/forced disappearance",
            Self::PeacefulProtest => "Peaceful protest",
            Self::ProtestWithIntervention => "Protest with intervention",
            Self::ExcessiveForce => "Excessive force against protesters",
            Self::ViolentDemonstration => "Violent demonstration",
            Self::MobViolence => "Mob violence",
            Self::Agreement => "Agreement",
            Self::Arrests => "Arrests",
            Self::ChangeToGroup => "Change to group/activity",
            Self::DisruptedWeaponsUse => "Disrupted weapons use",
            Self::BaseEstablished => "Headquarters or base established",
            Self::LootingDestruction => "Looting/property destruction",
            Self::NonViolentTransfer => "Non-violent transfer of territory",
            Self::Other => "Other",
        }
    }

    /// The type it belongs to.
    pub fn event_type(self) -> EventType {
        use SubEventType::*;
        match self {
            ArmedClash | GovernmentRegainsTerritory | NonStateActorOvertakesTerritory => {
                EventType::Battles
            }
            ChemicalWeapon
            | AirDroneStrike
            | SuicideBomb
            | ShellingArtilleryMissile
            | RemoteExplosive
            | Grenade => EventType::ExplosionsRemoteViolence,
            SexualViolence | Attack | Abduction => EventType::ViolenceAgainstCivilians,
            PeacefulProtest | ProtestWithIntervention | ExcessiveForce => EventType::Protests,
            ViolentDemonstration | MobViolence => EventType::Riots,
            Agreement | Arrests | ChangeToGroup | DisruptedWeaponsUse | BaseEstablished
            | LootingDestruction | NonViolentTransfer | Other => EventType::StrategicDevelopments,
        }
    }
}

/// The kinds of events newsmap recognises: ACLED's sub-event types, and finer kinds of its
/// own where they say more (each maps onto one sub-event type, see [`EventKind::sub_event_type`]).
/// The names are stable: they are saved in corrections and exported.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// Armed clash, assault, attack on forces, offensive, battle, ambush.
    Assault,
    /// A non-state group takes a place.
    Capture,
    /// Government forces take a place back.
    Recapture,
    /// Siege or encirclement.
    Siege,
    /// Air or drone strike.
    AirStrike,
    /// Shelling, artillery, rocket or missile fire.
    Shelling,
    /// Roadside bomb, IED, landmine, car bomb, explosion.
    Bombing,
    /// Suicide bombing.
    SuicideBombing,
    /// A grenade thrown or dropped.
    Grenade,
    /// Chemical weapon used.
    ChemicalAttack,
    /// Civilians (or people out of combat) shot, killed, executed.
    Killing,
    /// Kidnapping, abduction, forced disappearance.
    Abduction,
    /// Rape or sexual violence.
    SexualViolence,
    /// Peaceful protest, rally, march, sit-in.
    Protest,
    /// A protest broken up: dispersed, tear gas, protesters detained.
    ProtestIntervention,
    /// Force that kills or wounds protesters.
    ProtestCrackdown,
    /// Violent demonstration, riot.
    Riot,
    /// Mob violence, lynching.
    MobViolence,
    /// Surrender of forces.
    Surrender,
    /// Talks or negotiations.
    Talks,
    /// Ceasefire, deal, prisoner exchange.
    Agreement,
    /// Arrests and detentions.
    Arrest,
    /// Armed mobilisation, a group's new name, alliance or leader.
    Mobilisation,
    /// Weapons seized or a bomb defused.
    WeaponsSeizure,
    /// A base, headquarters or checkpoint set up.
    BaseEstablished,
    /// Looting.
    Looting,
    /// Houses burnt, property destroyed.
    Destruction,
    /// Withdrawal of forces, a place handed over without a fight.
    Withdrawal,
    /// Prisoners freed from a prison by force.
    PrisonBreak,
    /// Flight or displacement, evacuation.
    Flight,
    /// A mass grave or bodies found.
    MassGrave,
    /// Another development: a curfew, martial law, a military parade.
    OtherDevelopment,
}

impl EventKind {
    /// Every kind, in display order (grouped by ACLED type).
    pub const ALL: [EventKind; 32] = [
        Self::Assault,
        Self::Siege,
        Self::Capture,
        Self::Recapture,
        Self::AirStrike,
        Self::Shelling,
        Self::Bombing,
        Self::SuicideBombing,
        Self::Grenade,
        Self::ChemicalAttack,
        Self::Killing,
        Self::Abduction,
        Self::SexualViolence,
        Self::Protest,
        Self::ProtestIntervention,
        Self::ProtestCrackdown,
        Self::Riot,
        Self::MobViolence,
        Self::Surrender,
        Self::Talks,
        Self::Agreement,
        Self::Arrest,
        Self::Mobilisation,
        Self::WeaponsSeizure,
        Self::BaseEstablished,
        Self::Looting,
        Self::Destruction,
        Self::Withdrawal,
        Self::PrisonBreak,
        Self::Flight,
        Self::MassGrave,
        Self::OtherDevelopment,
    ];

    /// Lower-case name, as in the exports and the lexicon.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Assault => "assault",
            Self::Capture => "capture",
            Self::Recapture => "recapture",
            Self::Siege => "siege",
            Self::AirStrike => "air_strike",
            Self::Shelling => "shelling",
            Self::Bombing => "bombing",
            Self::SuicideBombing => "suicide_bombing",
            Self::Grenade => "grenade",
            Self::ChemicalAttack => "chemical_attack",
            Self::Killing => "killing",
            Self::Abduction => "abduction",
            Self::SexualViolence => "sexual_violence",
            Self::Protest => "protest",
            Self::ProtestIntervention => "protest_intervention",
            Self::ProtestCrackdown => "protest_crackdown",
            Self::Riot => "riot",
            Self::MobViolence => "mob_violence",
            Self::Surrender => "surrender",
            Self::Talks => "talks",
            Self::Agreement => "agreement",
            Self::Arrest => "arrest",
            Self::Mobilisation => "mobilisation",
            Self::WeaponsSeizure => "weapons_seizure",
            Self::BaseEstablished => "base_established",
            Self::Looting => "looting",
            Self::Destruction => "destruction",
            Self::Withdrawal => "withdrawal",
            Self::PrisonBreak => "prison_break",
            Self::Flight => "flight",
            Self::MassGrave => "mass_grave",
            Self::OtherDevelopment => "other_development",
        }
    }

    /// The kind of a lower-case name ([`EventKind::as_str`]).
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == name)
    }

    /// A short label for people.
    pub fn label(self) -> &'static str {
        match self {
            Self::Assault => "Armed clash / assault",
            Self::Capture => "Capture / fall",
            Self::Recapture => "Recapture",
            Self::Siege => "Siege",
            Self::AirStrike => "Air / drone strike",
            Self::Shelling => "Shelling / missiles",
            Self::Bombing => "IED / landmine / bomb",
            Self::SuicideBombing => "Suicide bombing",
            Self::Grenade => "Grenade",
            Self::ChemicalAttack => "Chemical weapon",
            Self::Killing => "Killing",
            Self::Abduction => "Abduction",
            Self::SexualViolence => "Sexual violence",
            Self::Protest => "Protest",
            Self::ProtestIntervention => "Protest broken up",
            Self::ProtestCrackdown => "Force against protesters",
            Self::Riot => "Riot",
            Self::MobViolence => "Mob violence",
            Self::Surrender => "Surrender",
            Self::Talks => "Talks",
            Self::Agreement => "Agreement / ceasefire",
            Self::Arrest => "Arrests",
            Self::Mobilisation => "Mobilisation / group change",
            Self::WeaponsSeizure => "Weapons seized / defused",
            Self::BaseEstablished => "Base established",
            Self::Looting => "Looting",
            Self::Destruction => "Property destroyed",
            Self::Withdrawal => "Withdrawal / handover",
            Self::PrisonBreak => "Prison break",
            Self::Flight => "Flight / displacement",
            Self::MassGrave => "Mass grave / bodies found",
            Self::OtherDevelopment => "Curfew / martial law / other",
        }
    }

    /// ACLED's sub-event type of this kind.
    pub fn sub_event_type(self) -> SubEventType {
        use SubEventType as S;
        match self {
            Self::Assault | Self::Siege => S::ArmedClash,
            Self::Capture => S::NonStateActorOvertakesTerritory,
            Self::Recapture => S::GovernmentRegainsTerritory,
            Self::AirStrike => S::AirDroneStrike,
            Self::Shelling => S::ShellingArtilleryMissile,
            Self::Bombing => S::RemoteExplosive,
            Self::SuicideBombing => S::SuicideBomb,
            Self::Grenade => S::Grenade,
            Self::ChemicalAttack => S::ChemicalWeapon,
            Self::Killing => S::Attack,
            Self::Abduction => S::Abduction,
            Self::SexualViolence => S::SexualViolence,
            Self::Protest => S::PeacefulProtest,
            Self::ProtestIntervention => S::ProtestWithIntervention,
            Self::ProtestCrackdown => S::ExcessiveForce,
            Self::Riot => S::ViolentDemonstration,
            Self::MobViolence => S::MobViolence,
            Self::Surrender | Self::Talks | Self::Agreement => S::Agreement,
            Self::Arrest => S::Arrests,
            Self::Mobilisation => S::ChangeToGroup,
            Self::WeaponsSeizure => S::DisruptedWeaponsUse,
            Self::BaseEstablished => S::BaseEstablished,
            Self::Looting | Self::Destruction => S::LootingDestruction,
            Self::Withdrawal => S::NonViolentTransfer,
            Self::PrisonBreak | Self::Flight | Self::MassGrave | Self::OtherDevelopment => S::Other,
        }
    }

    /// ACLED's event type of this kind.
    pub fn event_type(self) -> EventType {
        self.sub_event_type().event_type()
    }

    /// Whether the kind is violence with casualties of its own (a battle, an explosion, an
    /// attack): the people a sentence says were killed belong to it, not to a separate killing.
    pub fn is_violent(self) -> bool {
        matches!(
            self.event_type(),
            EventType::Battles | EventType::ExplosionsRemoteViolence
        ) || matches!(
            self,
            Self::ProtestCrackdown | Self::Riot | Self::MobViolence | Self::SuicideBombing
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_sub_event_type_has_a_kind_and_names_round_trip() {
        let mut covered: Vec<SubEventType> =
            EventKind::ALL.iter().map(|k| k.sub_event_type()).collect();
        covered.sort();
        covered.dedup();
        assert_eq!(covered.len(), 25, "ACLED has 25 sub-event types");
        for kind in EventKind::ALL {
            assert_eq!(EventKind::from_name(kind.as_str()), Some(kind));
        }
        for t in EventType::ALL {
            assert!(covered.iter().any(|s| s.event_type() == t), "{t:?}");
        }
    }
}
