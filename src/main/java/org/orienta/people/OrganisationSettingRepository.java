package org.orienta.people;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrganisationSettingRepository extends JpaRepository<OrganisationSetting, String> {}
