package org.newsgraph.extract;

/** The kinds of actor newsgraph distinguishes; each maps to one class of the ontology. */
public enum ActorType {
    PERSON, ORGANIZATION, COUNTRY, PLACE, GROUP
}
